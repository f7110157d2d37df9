package io.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockstep.engine.Program;
import io.lockstep.engine.Scenarios;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * On random scenarios with mutexes, rwsems, trylock, restart, drains, assertions and gates: the
 * full search, on one to four threads, gives exactly the baseline explorer's result (findings
 * with their schedules, state and transition counts, depth, lock-order edges), also when a state
 * limit stops it part way; the default reduced search, the same findings, schedules and edges. {@link ExplorerProperties} checks the default search against naive
 * enumeration; this ties every thread count to it.
 */
class SearchEquivalenceProperties {
    @Provide
    Arbitrary<String> scenarios() {
        return Arbitraries.oneOf(RandomScenarios.locking(), RandomScenarios.rwsems(), RandomScenarios.syscalls(),
                RandomScenarios.asserting());
    }

    @Property(tries = 300)
    void everyThreadCountGivesTheBaselineResult(@ForAll("scenarios") String text,
            @ForAll @IntRange(min = 1, max = 4) int threads, @ForAll boolean limited,
            @ForAll @IntRange(min = 1, max = 60) int maxStates) {
        Program p = Program.compile(Scenarios.load(text), true);
        Limits limits = new Limits(limited ? maxStates : Limits.DEFAULT.maxStates(), Duration.ofMinutes(1));
        ExplorationResult baseline = new Explorer(p).explore(limits.withSearch(SearchOptions.BASELINE), Progress.NONE);
        ExplorationResult search = new Explorer(p).explore(
                limits.withSearch(new SearchOptions(SearchOptions.Engine.FULL, threads)), Progress.NONE);
        ExplorationResult reduced = new Explorer(p).explore(limits.withSearch(SearchOptions.DEFAULT.withThreads(threads)),
                Progress.NONE);
        if (!limited) {
            // a state limit stops the reduced search at other states, so only a complete one must agree
            assertEquals(baseline.findings(), reduced.findings(), text);
            assertEquals(baseline.lockOrder(), reduced.lockOrder(), text);
        }
        assertEquals(baseline.findings(), search.findings(), text);
        assertEquals(baseline.states(), search.states(), text);
        assertEquals(baseline.transitions(), search.transitions(), text);
        assertEquals(baseline.maxDepth(), search.maxDepth(), text);
        assertEquals(baseline.complete(), search.complete(), text);
        assertEquals(baseline.stopReason(), search.stopReason(), text);
        assertEquals(baseline.lockOrder(), search.lockOrder(), text);
    }
}
