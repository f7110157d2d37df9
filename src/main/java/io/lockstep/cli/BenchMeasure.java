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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One model explored by one or more engines: a cold run (the first in this JVM for this model and
 * engine), then {@code runs} warm runs, of which the median is kept. The engine is chosen only through the
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

    /** One engine on one model; null when the heap ran out. */
    Measured run(Program program, SearchOptions options, double prepMillis) {
        return runAll(program, List.of(options), prepMillis).get(0);
    }

    /**
     * Several engines on one model: each engine's cold run, then {@code runs} rounds of one warm run
     * of each in turn, so that the machine's drift and the heap's growth (the first cold run grows it
     * for every later one) weigh on every engine alike. An engine's entry is null when the heap ran
     * out during its runs; the bench goes on with the others, since what the failed search held is
     * garbage once the error has left the explorer.
     */
    List<Measured> runAll(Program program, List<SearchOptions> engines, double prepMillis) {
        int n = engines.size();
        ExplorationResult[] cold = new ExplorationResult[n];
        double[] coldMs = new double[n];
        double[] peak = new double[n];
        double[][] warm = new double[n][runs];
        boolean[] failed = new boolean[n];
        for (int e = 0; e < n; e++) {
            try {
                resetPeaks();
                long t0 = System.nanoTime();
                cold[e] = new Explorer(program).explore(LIMITS.withSearch(engines.get(e)), Progress.NONE);
                coldMs[e] = (System.nanoTime() - t0) / 1e6;
                peak[e] = peakHeapMb();
            } catch (OutOfMemoryError oom) {
                failed[e] = true;
            }
        }
        for (int i = 0; i < runs; i++) {
            for (int e = 0; e < n; e++) {
                if (failed[e]) {
                    continue;
                }
                try {
                    long t0 = System.nanoTime();
                    new Explorer(program).explore(LIMITS.withSearch(engines.get(e)), Progress.NONE);
                    warm[e][i] = (System.nanoTime() - t0) / 1e6;
                } catch (OutOfMemoryError oom) {
                    failed[e] = true;
                }
            }
        }
        List<Measured> measured = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            if (failed[e]) {
                measured.add(null);
                continue;
            }
            Arrays.sort(warm[e]);
            measured.add(new Measured(engines.get(e), cold[e], prepMillis, coldMs[e], warm[e][runs / 2], peak[e]));
        }
        return measured;
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
