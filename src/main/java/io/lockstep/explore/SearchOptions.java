package io.lockstep.explore;

/**
 * How the explorer searches, as opposed to when it stops ({@link Limits}): which engine and on how
 * many threads. Every combination gives the same verdicts, findings and schedules; they differ in
 * time and memory only, which is what {@code lockstep bench} compares.
 */
public record SearchOptions(Engine engine, int threads) {
    /** The explorer to run. */
    public enum Engine {
        /**
         * The default: {@code FULL} when the whole state space is small (it finishes within
         * {@link Explorer#AUTO_FULL_STATES} states), so that its report counts every state; {@code
         * REDUCED} otherwise.
         */
        AUTO,
        /**
         * The partial-order reduced search (fewer states), then a breadth-first search of
         * every state as deep as the findings' schedules, so each gets the full search's schedule;
         * compact state storage, on every core.
         */
        REDUCED,
        /** Every state, breadth first: compact state storage, on every core. */
        FULL,
        /** The explorer as it was before the reductions: one thread, every state stored in full. */
        BASELINE
    }

    public static final SearchOptions DEFAULT = new SearchOptions(Engine.AUTO, 0);
    public static final SearchOptions BASELINE = new SearchOptions(Engine.BASELINE, 1);

    /** {@code threads} 0 means one per available core. */
    public SearchOptions {
        if (engine == null) {
            throw new IllegalArgumentException("engine must be given");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all cores) or positive");
        }
    }

    public SearchOptions withThreads(int n) {
        return new SearchOptions(engine, n);
    }

    /** The thread count to use: {@code threads}, or the available cores when it is 0 (the baseline always uses one). */
    public int effectiveThreads() {
        if (engine == Engine.BASELINE) {
            return 1;
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
