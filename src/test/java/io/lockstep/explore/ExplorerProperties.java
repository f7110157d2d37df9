package io.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.engine.Scenarios;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import io.lockstep.model.Scenario;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On random small scenarios: the explorer (states stored once, races as enabled conflicts) finds
 * exactly what a naive enumeration of every interleaving finds with the run-level detectors
 * (vector clocks); every schedule it reports replays to the same finding; it is deterministic. The
 * default search, the full search shared out on three threads in batches of one state (so that even
 * a small space reaches the pool), and the partial-order reduced search are each held to the naive
 * side.
 */
class ExplorerProperties {
    @Provide
    Arbitrary<String> scenarios() {
        return RandomScenarios.locking();
    }

    @Property(tries = 150)
    void explorerFindsWhatNaiveEnumerationFinds(@ForAll("scenarios") String text) {
        Scenario s = Scenarios.load(text);
        Program p = Program.compile(s);
        java.util.Map<String, Integer> naive = new java.util.HashMap<>();
        enumerate(p, new ArrayList<>(), naive);
        for (ExplorationResult r : searches(p)) {
            Set<String> explored = new TreeSet<>();
            for (Found f : r.findings()) {
                explored.add(f.finding().key());
            }
            assertEquals(new TreeSet<>(naive.keySet()), explored, text);
        }
    }

    /** The default search, the full one on three threads in batches of one, and the reduced one on three. */
    private static List<ExplorationResult> searches(Program p) {
        return List.of(new Explorer(p).explore(Limits.DEFAULT, Progress.NONE),
                new FrontierSearch(p, 3, false, null, Integer.MAX_VALUE, 1).explore(Limits.DEFAULT, Progress.NONE,
                        System.nanoTime()),
                new ReducedSearch(p, 3, 1).explore(Limits.DEFAULT, Progress.NONE));
    }

    /**
     * Every maximal schedule, each run from scratch through the run-level detectors (vector
     * clocks for races); records each finding with the earliest step any schedule reports it at.
     */
    private static void enumerate(Program p, List<Integer> prefix, java.util.Map<String, Integer> earliest) {
        enumerate(p, prefix, earliest, Integer.MAX_VALUE);
    }

    /** The same, up to {@code depth} steps. */
    static void enumerate(Program p, List<Integer> prefix, java.util.Map<String, Integer> earliest, int depth) {
        TraceRecorder rec = new TraceRecorder(p, null);
        for (int t : prefix) {
            rec.step(t);
        }
        for (FindingReported f : rec.trace().findings()) {
            earliest.merge(f.finding().key(), f.step(), Math::min);
        }
        int enabled = prefix.size() < depth ? rec.enabledMask() : 0;
        for (int t = 0; t < p.threadCount(); t++) {
            if ((enabled & (1 << t)) != 0) {
                prefix.add(t);
                enumerate(p, prefix, earliest, depth);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    /**
     * Restarts, drains, active references, lock assertions and unchecked unlocks. A thread that
     * restarts can take a step forever, so the naive side enumerates every schedule up to a depth: it
     * must find nothing the explorer misses, and everything the explorer shows within that depth.
     */
    private static final int NAIVE_DEPTH = 14;

    @Provide
    Arbitrary<String> syscallScenarios() {
        return RandomScenarios.syscalls();
    }

    @Property(tries = 150)
    void restartsDrainsAndAssertionsMatchABoundedNaiveEnumeration(@ForAll("syscallScenarios") String text) {
        Program p = Program.compile(Scenarios.load(text));
        java.util.Map<String, Integer> naive = new java.util.HashMap<>();
        enumerate(p, new ArrayList<>(), naive, NAIVE_DEPTH);
        ExplorationResult r = new Explorer(p).explore(Limits.DEFAULT, Progress.NONE);
        assertTrue(r.complete(), "a restart that returns to a seen state is a cycle, not a growing queue\n" + text);
        Set<String> explored = new TreeSet<>();
        for (Found f : r.findings()) {
            explored.add(f.finding().key());
            // a race is shown with both accesses adjacent, which may take a step more than the naive side needs
            int seenBy = f.schedule().size() + (f.finding() instanceof Finding.Race ? 1 : 0);
            if (seenBy <= NAIVE_DEPTH) {
                assertTrue(naive.containsKey(f.finding().key()), f.finding().key() + " at " + f.schedule() + "\n" + text);
            }
        }
        assertTrue(explored.containsAll(naive.keySet()), naive.keySet() + " vs " + explored + "\n" + text);
    }

    @Property(tries = 150)
    void everyReportedScheduleReplaysToItsFinding(@ForAll("scenarios") String text) {
        Program p = Program.compile(Scenarios.load(text));
        for (Found f : new Explorer(p).explore(Limits.DEFAULT, Progress.NONE).findings()) {
            Trace trace = new ReplayScheduler(f.schedule()).drive(new TraceRecorder(p, null), f.schedule().size());
            assertEquals(f.schedule(), trace.schedule(), "the schedule replays step for step");
            boolean same = trace.findings().stream().map(FindingReported::finding)
                    .anyMatch(g -> g.key().equals(f.finding().key()));
            assertTrue(same, "replaying " + f.schedule() + " shows " + f.finding().key() + "\n" + text);
        }
    }

    @Property(tries = 50)
    void explorationIsDeterministic(@ForAll("scenarios") String text) {
        Program p = Program.compile(Scenarios.load(text));
        ExplorationResult one = new Explorer(p).explore(Limits.DEFAULT, Progress.NONE);
        ExplorationResult two = new Explorer(Program.compile(Scenarios.load(text))).explore(Limits.DEFAULT, Progress.NONE);
        assertEquals(one.findings(), two.findings());
        assertEquals(one.states(), two.states());
        assertEquals(one.transitions(), two.transitions());
    }

    @Property(tries = 60)
    void reportedSchedulesAreShortest(@ForAll("scenarios") String text) {
        // Cross-check BFS minimality against the naive enumeration's shortest prefix per finding.
        Program p = Program.compile(Scenarios.load(text));
        java.util.Map<String, Integer> shortest = new java.util.HashMap<>();
        enumerate(p, new ArrayList<>(), shortest);
        for (ExplorationResult r : searches(p)) {
            for (Found f : r.findings()) {
                if (f.finding() instanceof Finding.Race) {
                    continue; // a race is shown with both accesses adjacent, which may take a step more
                }
                assertEquals(shortest.get(f.finding().key()), f.schedule().size(), f.finding().key() + "\n" + text);
            }
        }
    }
}
