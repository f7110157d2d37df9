package io.lockstep.explore;

import io.lockstep.engine.Program;

/**
 * Exhaustive breadth-first exploration of every interleaving, with each state stored once. Breadth
 * first means the first time a finding shows up, its schedule is a shortest one. The verdicts are
 * exact: states include everything the detectors depend on (the lock-order graph with its gate
 * masks); races are found as two conflicting accesses both enabled in one state, which is where any
 * two accesses unordered by happens-before can be brought.
 *
 * <p>For each state, in order: check deadlock, pending races and (when every thread has finished)
 * the present-pages accounting; then take each enabled thread's step, collecting what the step
 * itself reports (inversions, violations, runtime errors), and queue the states not seen yet. A
 * runtime error ends that execution: its successor is not explored.
 *
 * <p>The {@link SearchOptions} in the limits pick how. {@code AUTO}, the default, is {@code FULL}
 * for a space of at most {@link #AUTO_FULL_STATES} states and {@code REDUCED} past it. {@code FULL} searches every state on every
 * core over a compact visited set ({@link FrontierSearch}). The default, {@code REDUCED}, searches
 * fewer states with a partial-order {@link Reduction} and then gives each finding the full search's
 * schedule ({@link ReducedSearch}). {@code BASELINE} is the one-threaded explorer with full state
 * storage they replaced ({@link BaselineExplorer}). All give the same findings, schedules and
 * lock-order edges; {@code FULL} and {@code BASELINE} also the same counts.
 */
public final class Explorer {
    /** The most states one exploration stores, whatever --max-states says. */
    public static final long MAX_STATES = 1L << 29;
    /** The widest state the store holds (lock-order edges make a state grow as it runs). */
    public static final int MAX_STATE_WORDS = StateStore.MAX_WORDS;
    /**
     * The automatic engine searches every state when there are at most this many: a small space is
     * searched in milliseconds either way, and then the report counts all of it. Past that, the
     * partial prefix is dropped and the reduced search starts over (a cost of a few tens of ms).
     */
    public static final long AUTO_FULL_STATES = 20_000;

    private final Program program;

    public Explorer(Program program) {
        this.program = program;
    }

    public ExplorationResult explore(Limits limits, Progress progress) {
        return explore(limits, progress, System.nanoTime());
    }

    /**
     * The same, with the time limit counted from {@code sinceNanos} ({@link System#nanoTime}) rather
     * than from now: a caller whose loading and compiling already used part of the time says so.
     */
    public ExplorationResult explore(Limits limits, Progress progress, long sinceNanos) {
        SearchOptions search = limits.search();
        if (search.engine() == SearchOptions.Engine.BASELINE) {
            return new BaselineExplorer(program).explore(limits, progress, sinceNanos);
        }
        int threads = search.effectiveThreads();
        switch (search.engine()) {
            case FULL -> {
                return new FrontierSearch(program, threads).explore(limits, progress, sinceNanos);
            }
            case REDUCED -> {
                return new ReducedSearch(program, threads).explore(limits, progress, sinceNanos);
            }
            default -> {
                long small = Math.min(limits.maxStates(), AUTO_FULL_STATES);
                ExplorationResult full = new FrontierSearch(program, threads)
                        .explore(new Limits(small, limits.timeout(), search), progress, sinceNanos);
                boolean tooBig = !full.complete() && limits.maxStates() > AUTO_FULL_STATES
                        && Limits.stateLimitReached(small).equals(full.stopReason());
                return tooBig ? new ReducedSearch(program, threads).explore(limits, progress, sinceNanos) : full;
            }
        }
    }
}
