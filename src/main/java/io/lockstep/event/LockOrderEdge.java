package io.lockstep.event;

import java.util.List;

/**
 * The lock-order graph gained the edge {@code from → to} (added), or an existing edge was made
 * again with fewer locks held in common (not added): {@code thread} attempted {@code lock} (an
 * instance of class {@code to}) while holding the instances {@code held}.
 *
 * <p>{@code heldForReading} says the thread held class {@code from} only for reading (every
 * instance of it that it holds, as a reader); {@code takenForReading} that it attempted {@code lock}
 * for reading. Lockdep prints the same distinction ("R" and "W" in its scenario table), and it is
 * what makes a cycle through an rwsem's read side different from one through its write side.
 */
public record LockOrderEdge(int step, int thread, String from, String to, String lock, List<String> held,
        boolean added, boolean heldForReading, boolean takenForReading) implements Event {
    public LockOrderEdge {
        held = List.copyOf(held);
    }

    /** The event as it was before it carried modes: both locks taken for writing (exclusively). */
    public LockOrderEdge(int step, int thread, String from, String to, String lock, List<String> held, boolean added) {
        this(step, thread, from, to, lock, held, added, false, false);
    }
}
