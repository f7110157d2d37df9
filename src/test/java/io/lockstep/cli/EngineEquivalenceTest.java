package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's report, {@code lockstep check --no-timing --all --verbose}, is the same byte for
 * byte from the baseline explorer, the default one on one thread, and the default one on two and on
 * three threads: the engines and the thread count change the time and the memory, never a verdict,
 * a finding, a schedule or a count.
 */
class EngineEquivalenceTest {
    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".lks")).sorted().toList();
            assertTrue(all.size() >= 30, "the samples are where they should be");
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEngineAndThreadCountGivesTheSameReport(Path sample) {
        String baseline = report(sample, "--engine", "baseline");
        assertTrue(baseline.contains("explored "), baseline);
        for (String threads : new String[] {"1", "2", "3"}) {
            assertEquals(baseline, report(sample, "--engine", "reduced", "--threads", threads),
                    sample + " on " + threads + " threads");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aStateLimitStopsEveryEngineAtTheSameState(Path sample) {
        String baseline = report(sample, "--engine", "baseline", "--max-states", "40");
        assertEquals(baseline, report(sample, "--threads", "2", "--max-states", "40"), sample.toString());
    }

    private static String report(Path sample, String... search) {
        String[] args = Stream.concat(Stream.of("check", "--no-timing", "--all", "--verbose", "--rules"),
                Stream.concat(Stream.of(search), Stream.of(sample.toString()))).toArray(String[]::new);
        return GoldenOutputTest.run(args);
    }
}
