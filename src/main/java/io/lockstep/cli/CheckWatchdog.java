package io.lockstep.cli;

import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Verdict;
import io.lockstep.model.Scenario;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one file's check on a worker thread and waits at most until the time limit (plus a moment
 * for the phases that stop by themselves to do so). When the limit passes first, or the heap runs
 * out, the file's report says so with what was done: exit 3, like any other limit. The worker is a
 * daemon and is left to finish on its own; every phase is bounded by the language's size limits.
 * It gets a large stack, so that no legal nesting can overflow it.
 */
final class CheckWatchdog {
    /** How long past the limit a phase that checks the clock itself gets to wrap up. */
    private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);
    private static final long WORKER_STACK_BYTES = 256L << 20;

    private CheckWatchdog() {}

    static FileReport run(String file, String release, Limits limits, long startedNanos, CheckStage stage,
            Callable<FileReport> work) {
        FutureTask<FileReport> task = new FutureTask<>(work);
        Thread worker = new Thread(null, task, "lockstep-check " + file, WORKER_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        long wait = Math.min(limits.timeout().toNanos(), Long.MAX_VALUE / 4) + GRACE_NANOS
                - (System.nanoTime() - startedNanos);
        try {
            return task.get(Math.max(0, wait), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return stopped(file, release, stage, "the time limit (" + limits.timeout().toSeconds() + " s) was reached while "
                    + stage.phase.words, startedNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stopped(file, release, stage, "interrupted while " + stage.phase.words, startedNanos);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                return stopped(file, release, stage, "memory ran out while " + stage.phase.words + " (give Java more"
                        + " with -Xmx, or lower --max-states)", startedNanos);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The report of a check that a limit stopped in the middle: what was done, and why it stopped. */
    private static FileReport stopped(String file, String release, CheckStage stage, String reason, long startedNanos) {
        Scenario scenario = stage.scenario;
        ExplorationResult explored = stage.exploration;
        String note = null;
        if (explored == null) {
            explored = new ExplorationResult(0, 0, 0, System.nanoTime() - startedNanos, 0, false, reason, List.of());
        } else {
            note = reason + "; the schedules of the findings are not shown";
        }
        List<Verdict> verdicts = scenario == null ? List.of() : Verdict.decide(scenario.expects(), explored);
        int exit = Checker.exitCode(verdicts, explored);
        return new FileReport(file, scenario == null ? null : scenario.title(),
                scenario == null ? release : scenario.release(),
                scenario == null ? List.of() : List.copyOf(scenario.switches().values()), List.of(), explored, verdicts, List.of(),
                explored.findings().size(), note, exit == FileReport.EXPECTATION_FAILED ? exit : FileReport.LIMIT);
    }
}
