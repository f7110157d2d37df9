package io.lockstep.explore;

import io.lockstep.engine.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reduced exploration with the report of the full one: the partial-order {@link Reduction}
 * decides the findings (and the lock-order edges, every one of which it also makes), then
 * {@link ShortestSchedules} gives each finding the schedule the plain breadth-first search reports.
 * The counts (states, transitions, depth) are the reduced exploration's.
 */
final class ReducedSearch {
    private final Program program;
    private final int threads;
    /** States per batch of both searches ({@link FrontierSearch#BATCH} but in tests). */
    private final int batch;
    private ExplorationResult reduced;
    private ShortestSchedules.Result targeted;

    ReducedSearch(Program program, int threads) {
        this(program, threads, FrontierSearch.BATCH);
    }

    ReducedSearch(Program program, int threads, int batch) {
        this.program = program;
        this.threads = threads;
        this.batch = batch;
    }

    ExplorationResult explore(Limits limits, Progress progress) {
        return explore(limits, progress, System.nanoTime());
    }

    ExplorationResult explore(Limits limits, Progress progress, long sinceNanos) {
        long started = System.nanoTime();
        reduced = new FrontierSearch(program, threads, true, null, Integer.MAX_VALUE, batch).explore(limits, progress, sinceNanos);
        targeted = null;
        if (reduced.findings().isEmpty()) {
            return reduced;
        }
        targeted = ShortestSchedules.find(program, threads, batch, reduced.findings(), limits, progress, sinceNanos);
        // The reduction decides which findings there are; the targeted search only gives them their
        // schedules. Past a state limit it can meet others the reduced search did not reach, and which
        // depends on where it stopped (after the batch that completed its goal), so they are left out.
        java.util.Set<String> keys = new java.util.HashSet<>();
        reduced.findings().forEach(f -> keys.add(f.finding().key()));
        List<Found> findings = new ArrayList<>();
        for (Found f : targeted.search().findings()) {
            if (keys.contains(f.finding().key())) {
                findings.add(f);
            }
        }
        boolean cut = targeted.search().stopReason() != null;
        for (Found f : reduced.findings()) {
            if (cut && targeted.missing().contains(f.finding().key())) {
                findings.add(f); // a limit stopped the targeted search: the reduced schedule, maybe not shortest
            }
            // Otherwise a key the targeted search, exact up to the longest schedule, did not find is not
            // one the full search has: only a deadlock Reduction#hiddenDeadlocks asked about in a state
            // put back that no schedule reaches can be one. It is dropped.
        }
        Map<String, Boolean> closing = new HashMap<>();
        for (ClassEdge e : targeted.search().lockOrder()) {
            closing.put(e.from() + "\0" + e.to(), e.closesCycle());
        }
        List<ClassEdge> lockOrder = new ArrayList<>();
        for (ClassEdge e : reduced.lockOrder()) {
            // the closing edges are those of the first schedules, the targeted search's (unless a limit cut it short)
            boolean closes = !cut ? closing.getOrDefault(e.from() + "\0" + e.to(), false)
                    : closing.getOrDefault(e.from() + "\0" + e.to(), e.closesCycle());
            lockOrder.add(new ClassEdge(e.from(), e.to(), closes));
        }
        return new ExplorationResult(reduced.states(), reduced.transitions(), reduced.maxDepth(),
                System.nanoTime() - started, Math.max(reduced.storeBytes(), targeted.search().storeBytes()), reduced.complete(),
                reduced.stopReason(), findings, lockOrder, true);
    }

    /** The reduced exploration of the last {@link #explore} (for measuring). */
    ExplorationResult reducedResult() {
        return reduced;
    }

    /** The targeted search of the last {@link #explore}, or null when there was nothing to look for. */
    ShortestSchedules.Result targetedResult() {
        return targeted;
    }
}
