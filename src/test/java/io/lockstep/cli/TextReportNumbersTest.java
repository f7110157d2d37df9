package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The report's own number formatting writes what Locale.ROOT's Formatter would (see TextReport.exploration). */
class TextReportNumbersTest {
    @Test
    void groupedIsPercentCommaD() {
        long[] fixed = {0, 1, -1, 12, 999, 1000, -1000, 12345, 999999, 1000000, 123456789, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MIN_VALUE + 1};
        for (long v : fixed) {
            assertEquals(String.format(Locale.ROOT, "%,d", v), TextReport.grouped(v), String.valueOf(v));
        }
        Random random = new Random(10);
        for (int i = 0; i < 10_000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            assertEquals(String.format(Locale.ROOT, "%,d", v), TextReport.grouped(v), String.valueOf(v));
        }
    }

    @Test
    void decimalIsPercentDotNF() {
        double[] fixed = {0, 0.05, 0.25, 0.35, 0.45, 1.05, 2.5, 3.5, 9.95, 99.95, 0.0004, 5.0E-4, 1e-9, 38.0, 1234.5,
            1e7, 1.5e15, 1e20, 123456789.987654321};
        Random random = new Random(5);
        for (int places : new int[] {0, 1}) {
            for (double v : fixed) {
                assertEquals(String.format(Locale.ROOT, "%." + places + "f", v), TextReport.decimal(v, places), v + "");
            }
            for (int i = 0; i < 20_000; i++) {
                double v = random.nextDouble() * Math.pow(10, random.nextInt(12) - 3);
                if (random.nextInt(4) == 0) {
                    v = Math.round(v * 100) / 100.0; // many halves and near-halves
                }
                assertEquals(String.format(Locale.ROOT, "%." + places + "f", v), TextReport.decimal(v, places), v + "");
            }
        }
        for (int i = 0; i < 5_000; i++) {
            double v = random.nextDouble() * Math.pow(10, random.nextInt(10));
            assertEquals(String.format(Locale.ROOT, "%,.0f", v), TextReport.grouped(Long.parseLong(TextReport.decimal(v, 0))),
                    v + "");
        }
    }
}
