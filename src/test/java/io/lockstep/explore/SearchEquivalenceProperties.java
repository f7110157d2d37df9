package io.lockstep.explore;

import static io.lockstep.explore.SameResult.assertSameResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.engine.Scenarios;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * On random scenarios with mutexes, rwsems, trylock, restart, drains, assertions and gates: the
 * full search, on one to four threads, gives exactly the baseline explorer's result (findings
 * with their schedules, state and transition counts, depth, lock-order edges), also when a state
 * limit stops it part way; the reduced search, the same findings, schedules and edges. Random
 * scenarios are small, and a frontier under {@code 2 * BATCH * threads} states never reaches the
 * pool, so a second property shares them out in batches of one to three states and checks that the
 * pool did expand some. {@link ExplorerProperties} checks these searches against naive enumeration;
 * this ties every thread count to the baseline.
 */
class SearchEquivalenceProperties {
    /** Batches the pool expanded over all tries of {@link #smallBatchesOnThePoolGiveTheOneThreadedResult}. */
    private static final AtomicLong POOLED = new AtomicLong();

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
        ExplorationResult reduced = new Explorer(p).explore(
                limits.withSearch(new SearchOptions(SearchOptions.Engine.REDUCED, threads)), Progress.NONE);
        if (!limited) {
            // a state limit stops the reduced search at other states, so only a complete one must agree
            assertEquals(baseline.findings(), reduced.findings(), text);
            assertEquals(baseline.lockOrder(), reduced.lockOrder(), text);
        }
        assertSameResult(baseline, search, text);
    }

    @Property(tries = 200)
    void smallBatchesOnThePoolGiveTheOneThreadedResult(@ForAll("scenarios") String text,
            @ForAll @IntRange(min = 2, max = 4) int threads, @ForAll @IntRange(min = 1, max = 3) int batch,
            @ForAll boolean limited, @ForAll @IntRange(min = 1, max = 60) int maxStates) {
        Program p = Program.compile(Scenarios.load(text), true);
        Limits limits = new Limits(limited ? maxStates : Limits.DEFAULT.maxStates(), Duration.ofMinutes(1));
        ExplorationResult baseline = new Explorer(p).explore(limits.withSearch(SearchOptions.BASELINE), Progress.NONE);
        FrontierSearch shared = new FrontierSearch(p, threads, false, null, Integer.MAX_VALUE, batch);
        ExplorationResult full = shared.explore(limits, Progress.NONE, System.nanoTime());
        POOLED.addAndGet(shared.pooledBatches());
        assertSameResult(baseline, full, text);

        ExplorationResult alone = new ReducedSearch(p, 1).explore(limits, Progress.NONE);
        ExplorationResult reduced = new ReducedSearch(p, threads, batch).explore(limits, Progress.NONE);
        assertSameResult(alone, reduced, text);
    }

    @AfterContainer
    static void thePoolExpandedBatches() {
        assertTrue(POOLED.get() > 0, "no try handed a batch to the pool: the parallel merge went untested");
    }
}
