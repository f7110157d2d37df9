package io.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.engine.Scenarios;
import io.lockstep.event.Finding;
import java.util.ArrayList;
import java.util.HashMap;
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
        ExplorerProperties.enumerate(p, new ArrayList<>(), naive, NAIVE_DEPTH);
        ExplorationResult full = new Explorer(p).explore(Limits.DEFAULT.withSearch(SearchOptions.BASELINE), Progress.NONE);
        ExplorationResult raw = reducedOnly(p);
        ExplorationResult reduced = new ReducedSearch(p, 2).explore(Limits.DEFAULT, Progress.NONE);
        assertTrue(raw.complete() && reduced.complete(), text);
        assertEquals(keys(raw), keys(reduced), "the targeted search finds no key the reduction missed\n" + text);
        // The naive side's vector clocks also call a race two accesses that only a failed trylock
        // orders (they can never be adjacent, so the explorer, full or reduced, does not report it):
        // what the reduction must find is what the full explorer finds of the naive side's keys.
        Set<String> expected = new TreeSet<>(naive.keySet());
        expected.retainAll(keys(full));
        assertTrue(keys(raw).containsAll(expected), expected + " vs " + keys(raw) + "\n" + text);
        for (Found f : reduced.findings()) {
            String key = f.finding().key();
            if (f.finding() instanceof Finding.Race || !expected.contains(key) && naive.containsKey(key)) {
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
        ExplorationResult full = new Explorer(p).explore(Limits.DEFAULT.withSearch(SearchOptions.BASELINE), Progress.NONE);
        ExplorationResult raw = reducedOnly(p);
        ExplorationResult reduced = new ReducedSearch(p, 2).explore(Limits.DEFAULT, Progress.NONE);
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

    /** The reduced search alone, without the targeted one: its own schedules, not always shortest. */
    private static ExplorationResult reducedOnly(Program p) {
        return new FrontierSearch(p, 2, true, null, Integer.MAX_VALUE).explore(Limits.DEFAULT, Progress.NONE, System.nanoTime());
    }
}
