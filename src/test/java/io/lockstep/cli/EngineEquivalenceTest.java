package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Limits;
import io.lockstep.explore.SearchOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's report, {@code lockstep check --no-timing --all --verbose --rules}, from every
 * engine and thread count: the full search on one, two and three threads, and the default (which
 * searches a space this small in full), give the baseline explorer's report byte for byte, counts
 * included; the partial-order reduced search gives it byte for byte but for the line that counts
 * the states it explored, which are fewer by design.
 * The engines and the thread count change the time and the memory, never a verdict, a finding or a
 * schedule.
 */
class EngineEquivalenceTest {
    static Stream<Path> samples() throws IOException {
        return SamplesTest.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEngineAndThreadCountGivesTheSameReport(Path sample) {
        String baseline = report(sample, "--engine", "baseline");
        assertTrue(baseline.contains("explored "), baseline);
        for (String threads : new String[] {"1", "2", "3"}) {
            assertEquals(baseline, report(sample, "--engine", "full", "--threads", threads),
                    sample + ", full search on " + threads + " threads");
        }
        for (String threads : new String[] {"1", "2"}) {
            String reduced = report(sample, "--engine", "reduced", "--threads", threads);
            assertTrue(reduced.contains("(partial-order reduced)"), reduced);
            assertEquals(withoutCounts(baseline), withoutCounts(reduced), sample + ", reduced on " + threads + " threads");
        }
        // The default searches a small space in full, so its report is the baseline's, counts and all.
        String auto = report(sample);
        if (auto.contains("(partial-order reduced)")) {
            assertTrue(baseline.matches("(?s).*explored \\d{2,3},\\d{3} states.*"), "only a space past 20,000 states is reduced");
            assertEquals(withoutCounts(baseline), withoutCounts(auto), sample + ", default engine");
        } else {
            assertEquals(baseline, auto, sample + ", default engine");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theReducedSearchVisitsNoMoreStatesAndMakesTheSameEdges(Path sample) {
        Limits limits = new Limits(5_000_000, Duration.ofMinutes(2));
        ExplorationResult full = new Checker(limits.withSearch(SearchOptions.BASELINE), Integer.MAX_VALUE).check(sample, null)
                .exploration();
        ExplorationResult reduced = new Checker(limits.withSearch(new SearchOptions(SearchOptions.Engine.REDUCED, 0)),
                Integer.MAX_VALUE).check(sample, null).exploration();
        assertTrue(full.complete() && reduced.complete(), sample + " explored to the end");
        assertEquals(full.findings(), reduced.findings(), sample + ": the same findings, schedules and order");
        assertEquals(full.lockOrder(), reduced.lockOrder(), sample + ": the same lock-order edges");
        assertTrue(reduced.states() <= full.states(), sample + ": no more states");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aStateLimitStopsTheFullSearchAtTheBaselinesState(Path sample) {
        String baseline = report(sample, "--engine", "baseline", "--max-states", "40");
        assertEquals(baseline, report(sample, "--engine", "full", "--threads", "2", "--max-states", "40"), sample.toString());
    }

    private static String report(Path sample, String... search) {
        String[] args = Stream.concat(Stream.of("check", "--no-timing", "--all", "--verbose", "--rules"),
                Stream.concat(Stream.of(search), Stream.of(sample.toString()))).toArray(String[]::new);
        return GoldenOutputTest.run(args);
    }

    /** The report without its "explored N states and M transitions, schedules up to K steps" line. */
    private static String withoutCounts(String report) {
        return report.replaceAll("(?m)^explored [\\d,]+ states and [\\d,]+ transitions.*\\n", "");
    }
}
