package io.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.engine.Scenarios;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import io.lockstep.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The partial-order reduction changes no finding: on random scenarios with trylocks, restarts,
 * rwsems (writer preference) and gates, the reduced exploration finds exactly the keys of the full
 * one and of a naive enumeration of every schedule, and with the targeted shortest-schedule search
 * ({@link ReducedSearch}) it reports the very findings, schedules and lock-order edges, in the same
 * order, as the plain breadth-first search.
 */
class ReductionProperties {
    /** A thread that restarts can step forever, so the naive side stops at this many steps. */
    private static final int NAIVE_DEPTH = 13;

    @Provide
    Arbitrary<String> small() {
        return Arbitraries.oneOf(RandomScenarios.locking(), RandomScenarios.asserting(), RandomScenarios.rwsems(),
                RandomScenarios.syscalls(), RandomScenarios.nested(2, 3, 1));
    }

    @Provide
    Arbitrary<String> nested() {
        return RandomScenarios.nested(3, 4, 3);
    }

    @Property(tries = 300)
    void reducedFindsWhatNaiveEnumerationFindsAtTheSameShortestLengths(@ForAll("small") String text) {
        Program p = Program.compile(Scenarios.load(text));
        Map<String, Integer> naive = new HashMap<>();
        enumerate(p, new ArrayList<>(), naive, NAIVE_DEPTH);
        ExplorationResult raw = new Explorer(p).withReduction().explore(Limits.DEFAULT, Progress.NONE);
        ExplorationResult reduced = new ReducedSearch(p).explore(Limits.DEFAULT, Progress.NONE);
        assertTrue(raw.complete() && reduced.complete(), text);
        assertEquals(keys(raw), keys(reduced), "the targeted search finds no key the reduction missed\n" + text);
        assertTrue(keys(raw).containsAll(naive.keySet()), naive.keySet() + " vs " + keys(raw) + "\n" + text);
        for (Found f : reduced.findings()) {
            String key = f.finding().key();
            if (f.finding() instanceof Finding.Race) {
                continue; // a race is shown with both accesses adjacent, which may take a step more
            }
            if (f.schedule().size() <= NAIVE_DEPTH) {
                assertEquals(naive.get(key), f.schedule().size(), key + " at " + f.schedule() + "\n" + text);
            } else {
                assertTrue(!naive.containsKey(key), key + " is shorter on the naive side\n" + text);
            }
        }
        assertSameAsFull(p, text);
    }

    @Property(tries = 200)
    void reducedReportsTheFullSearchsFindingsAndSchedules(@ForAll("nested") String text) {
        Program p = Program.compile(Scenarios.load(text));
        assertSameAsFull(p, text);
    }

    /** The full explorer and the reduced search: the same findings with the same schedules, in order, and the same edges. */
    private static void assertSameAsFull(Program p, String text) {
        ExplorationResult full = new Explorer(p).explore(Limits.DEFAULT, Progress.NONE);
        ExplorationResult raw = new Explorer(p).withReduction().explore(Limits.DEFAULT, Progress.NONE);
        ExplorationResult reduced = new ReducedSearch(p).explore(Limits.DEFAULT, Progress.NONE);
        assertEquals(keys(full), keys(raw), "the reduction alone finds the same keys\n" + text);
        assertEquals(lengths(full), lengths(reduced), "the same shortest lengths\n" + text);
        assertEquals(full.findings(), reduced.findings(), "the same findings and schedules, in order\n" + text);
        assertEquals(full.lockOrder(), reduced.lockOrder(), "the same lock-order edges\n" + text);
        assertTrue(raw.states() <= full.states(), text);
        net.jqwik.api.statistics.Statistics.label("reduced").collect(raw.states() < full.states());
    }

    private static Set<String> keys(ExplorationResult r) {
        Set<String> out = new TreeSet<>();
        r.findings().forEach(f -> out.add(f.finding().key()));
        return out;
    }

    private static Map<String, Integer> lengths(ExplorationResult r) {
        Map<String, Integer> out = new TreeMap<>();
        r.findings().forEach(f -> out.put(f.finding().key(), f.schedule().size()));
        return out;
    }

    /** Every schedule up to {@code depth} steps, each run from scratch through the run-level detectors. */
    private static void enumerate(Program p, List<Integer> prefix, Map<String, Integer> earliest, int depth) {
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
}
