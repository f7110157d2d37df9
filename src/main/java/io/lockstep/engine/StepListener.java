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

    /** An inversion, a violation or a runtime error found while taking the step. */
    void finding(Finding f);

    /** A listener that ignores everything. */
    StepListener NONE = f -> {};
}
