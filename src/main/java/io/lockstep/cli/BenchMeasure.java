package io.lockstep.cli;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.SearchOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * One model explored by one engine: a cold run (the first in this JVM for this model and engine),
 * then {@code runs} warm runs, of which the median is kept. The engine is chosen only through the
 * {@link Limits} the explorer is given.
 */
final class BenchMeasure {
    /**
     * No state limit short of the explorer's own and half an hour a run: a measure of a search
     * that stopped early would mean nothing (6x4 has more states than check's default 20 million).
     */
    static final Limits LIMITS = new Limits(Explorer.MAX_STATES, Duration.ofMinutes(30));

    private final int runs;

    BenchMeasure(int runs) {
        this.runs = Math.max(1, runs);
    }

    /**
     * {@code prepMillis}: loading and compiling the model, so that load + compile + cold run is
     * Lockstep's end to end (0 where it was not measured).
     */
    record Measured(SearchOptions options, ExplorationResult result, double prepMillis, double coldMillis,
            double warmMillis, double peakHeapMb) {
        double statesPerSecond() {
            return result.states() / (Math.max(warmMillis, 0.001) / 1000.0);
        }

        double bytesPerState() {
            return result.states() == 0 ? 0 : (double) result.storeBytes() / result.states();
        }

        double endToEndMillis() {
            return prepMillis + coldMillis;
        }

        /** The kinds of finding (deadlock, race, ...) the exploration reported: what two engines must agree on. */
        Set<Finding.Kind> findingKinds() {
            Set<Finding.Kind> kinds = EnumSet.noneOf(Finding.Kind.class);
            result.findings().forEach(f -> kinds.add(f.finding().kind()));
            return kinds;
        }
    }

    /**
     * Null when the heap ran out. A bench goes on to its next model then: what the failed search
     * held is garbage once the error has left the explorer.
     */
    Measured run(Program program, SearchOptions options, double prepMillis) {
        Limits limits = LIMITS.withSearch(options);
        try {
            resetPeaks();
            long t0 = System.nanoTime();
            ExplorationResult cold = new Explorer(program).explore(limits, Progress.NONE);
            double coldMs = (System.nanoTime() - t0) / 1e6;
            double peak = peakHeapMb();
            double[] warm = new double[runs];
            for (int i = 0; i < warm.length; i++) {
                long s = System.nanoTime();
                new Explorer(program).explore(limits, Progress.NONE);
                warm[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(warm);
            return new Measured(options, cold, prepMillis, coldMs, warm[warm.length / 2], peak);
        } catch (OutOfMemoryError e) {
            return null;
        }
    }

    static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }
}
