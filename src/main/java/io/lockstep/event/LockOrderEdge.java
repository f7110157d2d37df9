package io.lockstep.event;

import java.util.List;

/**
 * The lock-order graph gained the edge {@code from → to} (added), or an existing edge was made
 * again with fewer locks held in common (not added): {@code thread} attempted {@code lock} (an
 * instance of class {@code to}) while holding the instances {@code held}.
 */
public record LockOrderEdge(int step, int thread, String from, String to, String lock, List<String> held,
        boolean added) implements Event {
    public LockOrderEdge {
        held = List.copyOf(held);
    }
}
