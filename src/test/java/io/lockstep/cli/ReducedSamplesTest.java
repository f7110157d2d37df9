package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Limits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample, checked with and without the partial-order reduction: the same findings with the
 * same schedules in the same order, the same lock-order edges, and the same report text (with
 * {@code --no-timing}) byte for byte but for the one line that counts the states explored.
 */
class ReducedSamplesTest {
    static Stream<Path> samples() throws IOException {
        return SamplesTest.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void reducedAndFullExplorationReportTheSame(Path sample) {
        Limits limits = new Limits(5_000_000, Duration.ofMinutes(2));
        FileReport full = new Checker(limits, Integer.MAX_VALUE).check(sample, null);
        FileReport reduced = new Checker(limits, Integer.MAX_VALUE).reduced().check(sample, null);
        ExplorationResult f = full.exploration();
        ExplorationResult r = reduced.exploration();
        assertTrue(f.complete() && r.complete(), sample + " explored to the end");
        assertEquals(f.findings(), r.findings(), sample + ": the same findings, schedules and order");
        assertEquals(f.lockOrder(), r.lockOrder(), sample + ": the same lock-order edges");
        assertTrue(r.states() <= f.states(), sample + ": no more states");
        assertEquals(withoutCounts(text(full)), withoutCounts(text(reduced)), sample + ": the same report");
    }

    private static String text(FileReport r) {
        StringWriter out = new StringWriter();
        PrintWriter pw = new PrintWriter(out);
        new TextReport(pw, false).print(r);
        pw.flush();
        return out.toString();
    }

    /** The report without its "explored N states and M transitions, schedules up to K steps" line. */
    private static String withoutCounts(String report) {
        return report.replaceAll("(?m)^explored [\\d,]+ states and [\\d,]+ transitions.*\\n", "");
    }
}
