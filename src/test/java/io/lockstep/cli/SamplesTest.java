package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.explore.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.lockstep.explore.Limits;

/** Every sample is also a test: it loads, states a verdict of every kind, and each expect line holds. */
class SamplesTest {
    static Stream<Path> samples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            files = s.filter(p -> p.toString().endsWith(".lks")).sorted().toList();
        }
        assertTrue(files.size() >= 12, "at least 12 samples, found " + files.size());
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyExpectLineHolds(Path sample) {
        FileReport r = new Checker(new Limits(5_000_000, Duration.ofMinutes(2)), 1).check(sample, null);
        assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR")).toList());
        for (Verdict v : r.verdicts()) {
            assertEquals(Verdict.Status.HOLDS, v.status(), sample + ": " + v.expect().text()
                    + (v.witness() == null ? "" : " -- " + v.witness().finding().summary()));
        }
        assertEquals(FileReport.OK, r.exitCode(), sample + " exits 0");
        assertTrue(r.exploration().complete());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleSpeaksOfEveryVerdictKind(Path sample) throws IOException {
        String text = Files.readString(sample);
        for (String kind : List.of("deadlock", "inversion", "guarded inversion", "race", "violation")) {
            assertTrue(text.matches("(?s).*\\nexpect (no )?" + kind + "\\b.*"), sample + " has no expect line for " + kind);
        }
        assertTrue(text.contains("describe \""), sample + " has a describe line");
    }
}
