package io.lockstep.explore;

import static io.lockstep.explore.SameResult.assertSameResult;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample searched on three threads in batches of one state, so that a frontier of six states
 * is shared out to the pool (at the usual 32 per batch most samples never reach it): the full
 * search gives the baseline's findings, schedules, counts and edges, and the reduced one the
 * one-threaded reduced search's, counts included. The narrowest two-thread samples stay on the
 * calling thread even so; across all of them the pool must have done some of the work.
 */
class SharedOutSamplesTest {
    private static final AtomicLong POOLED = new AtomicLong();

    @ParameterizedTest
    @MethodSource("io.lockstep.cli.SamplesTest#samples")
    void sharedOutSearchesGiveTheOneThreadedResult(Path sample) {
        Loaded loaded = ScenarioLoader.loadChecked(sample, null, Capacity::check);
        assertTrue(loaded.ok(), sample + " loads");
        Program p = Program.compile(loaded.scenario(), true);
        ExplorationResult baseline = new BaselineExplorer(p).explore(Limits.DEFAULT, Progress.NONE, System.nanoTime());
        FrontierSearch shared = new FrontierSearch(p, 3, false, null, Integer.MAX_VALUE, 1);
        ExplorationResult full = shared.explore(Limits.DEFAULT, Progress.NONE, System.nanoTime());
        POOLED.addAndGet(shared.pooledBatches());
        assertSameResult(baseline, full, sample + ", full search");

        ExplorationResult alone = new ReducedSearch(p, 1).explore(Limits.DEFAULT, Progress.NONE);
        ExplorationResult reduced = new ReducedSearch(p, 3, 1).explore(Limits.DEFAULT, Progress.NONE);
        assertSameResult(alone, reduced, sample + ", reduced search");
    }

    @AfterAll
    static void thePoolExpandedBatches() {
        assertTrue(POOLED.get() > 0, "no sample handed a batch to the pool");
    }
}
