package io.lockstep.explore;

import java.time.Duration;

/** When the explorer stops before it has seen every state: a state count and a wall-clock time. */
public record Limits(long maxStates, Duration timeout) {
    public static final Limits DEFAULT = new Limits(20_000_000, Duration.ofMinutes(5));

    public Limits {
        if (maxStates <= 0) {
            throw new IllegalArgumentException("maxStates must be positive");
        }
    }
}
