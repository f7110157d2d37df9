package io.lockstep.ui.bench;

import java.util.Arrays;

/** Durations in nanoseconds, with the percentiles the benchmark prints. */
final class Samples {
    private long[] values = new long[1024];
    private int n;

    void add(long nanos) {
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
        }
        values[n++] = nanos;
    }

    int count() {
        return n;
    }

    /** The p-th percentile (0..100), nearest rank, in milliseconds. */
    double percentileMs(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, rank))] / 1e6;
    }

    double maxMs() {
        return percentileMs(100);
    }

    /** "p50 1.23  p99 4.56  max 7.89 ms". */
    String summary() {
        return String.format("p50 %6.3f  p99 %6.3f  max %6.3f ms", percentileMs(50), percentileMs(99), maxMs());
    }
}
