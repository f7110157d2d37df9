package io.lockstep.engine;

import io.lockstep.event.Event;
import io.lockstep.event.Finding;

/**
 * Receives what a step does. The explorer listens only for findings (and says so through
 * {@link #wantsEvents()}, which spares the engine building event objects in its hot loop); a
 * recorded run takes everything.
 */
public interface StepListener {
    /** Whether {@link #event} should be called at all. */
    default boolean wantsEvents() {
        return false;
    }

    default void event(Event e) {}

    /**
     * The lock-order graph gained the edge between classes {@code fromClass → toClass} (by class
     * index), or the edge was made again with fewer locks in common. Called before the cycles the
     * edge closes are reported through {@link #finding}, so the last edge seen before an inversion
     * is the one that closed it. Cheap ints, so the explorer can collect every edge of every
     * interleaving without asking for events.
     */
    default void lockOrderEdge(int fromClass, int toClass) {}

    /** An inversion, a violation or a runtime error found while taking the step. */
    void finding(Finding f);

    /** A listener that ignores everything. */
    StepListener NONE = f -> {};
}
