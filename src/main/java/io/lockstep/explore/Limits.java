package io.lockstep.explore;

import java.time.Duration;

/**
 * When the explorer stops before it has seen every state (a state count and a wall-clock time), and
 * how it searches until then ({@link SearchOptions}), so that one value carries a command line's
 * choices to every exploration it starts.
 */
public record Limits(long maxStates, Duration timeout, SearchOptions search) {
    public static final Limits DEFAULT = new Limits(20_000_000, Duration.ofMinutes(5));

    public Limits {
        if (maxStates <= 0) {
            throw new IllegalArgumentException("maxStates must be positive");
        }
        if (search == null) {
            throw new IllegalArgumentException("search options must be given");
        }
    }

    public Limits(long maxStates, Duration timeout) {
        this(maxStates, timeout, SearchOptions.DEFAULT);
    }

    /** Why a search stopped at {@code maxStates} states (one wording for every engine). */
    static String stateLimitReached(long maxStates) {
        return "the state limit (" + maxStates + " states) was reached";
    }

    public Limits withSearch(SearchOptions options) {
        return new Limits(maxStates, timeout, options);
    }
}
