package io.lockstep.explore;

import io.lockstep.engine.Program;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The second, targeted search behind {@link ReducedSearch}: given the findings a reduced exploration
 * made (their keys, and schedules that bound their shortest lengths), the plain breadth-first search
 * run only as far as it must, so that every finding gets exactly the schedule the full exploration
 * reports (the first one breadth-first order meets, not just one as short), in the same order.
 *
 * <p>It is the full explorer itself, stopped once it has found every key, or past the longest
 * schedule given (no finding can need more). What it costs is every state up to the depth of the
 * deepest finding's shortest schedule: when that finding lies near the end of the state space, this
 * search is most of a full one.
 */
final class ShortestSchedules {
    private ShortestSchedules() {}

    /** What the targeted search found, and how much of the state space it took. */
    record Result(ExplorationResult search, Set<String> missing) {}

    /**
     * Searches {@code program} breadth first until it has found every key of {@code known}, or past
     * its longest schedule, within {@code limits} counted from {@code sinceNanos}. {@code missing}:
     * the keys it did not find (a limit stopped it).
     */
    static Result find(Program program, int threads, int batch, List<Found> known, Limits limits, Progress progress,
            long sinceNanos) {
        Set<String> keys = new LinkedHashSet<>();
        int longest = 0;
        for (Found f : known) {
            keys.add(f.finding().key());
            longest = Math.max(longest, f.schedule().size());
        }
        ExplorationResult r = new FrontierSearch(program, threads, false, keys, longest, batch).explore(limits, progress, sinceNanos);
        Set<String> missing = new LinkedHashSet<>(keys);
        for (Found f : r.findings()) {
            missing.remove(f.finding().key());
        }
        return new Result(r, missing);
    }
}
