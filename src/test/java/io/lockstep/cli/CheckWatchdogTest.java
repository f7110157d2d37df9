package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.explore.Limits;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A phase that does not stop by itself still ends the check at the time limit, with what was done. */
class CheckWatchdogTest {
    @Test
    void aPhaseThatOverrunsTheLimitEndsTheCheckWithExitThree() {
        CheckStage stage = new CheckStage();
        stage.enter(CheckStage.Phase.COMPILING);
        long t0 = System.nanoTime();
        FileReport r = CheckWatchdog.run("slow.lks", null, new Limits(10, Duration.ofSeconds(1)), t0, stage, () -> {
            Thread.sleep(30_000);
            return null;
        });
        long took = System.nanoTime() - t0;
        assertEquals(FileReport.LIMIT, r.exitCode());
        assertEquals("the time limit (1 s) was reached while compiling the scenario", r.exploration().stopReason());
        assertTrue(took < TimeUnit.SECONDS.toNanos(4), "took " + took / 1e9 + " s");
    }

    @Test
    void runningOutOfMemoryIsALimitToo() {
        CheckStage stage = new CheckStage();
        stage.enter(CheckStage.Phase.EXPLORING);
        FileReport r = CheckWatchdog.run("big.lks", null, new Limits(10, Duration.ofSeconds(10)), System.nanoTime(), stage,
                () -> {
                    throw new OutOfMemoryError("Java heap space");
                });
        assertEquals(FileReport.LIMIT, r.exitCode());
        assertTrue(r.exploration().stopReason().startsWith("memory ran out while exploring"), r.exploration().stopReason());
    }
}
