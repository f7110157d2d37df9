package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.SwitchMatrix;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.model.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The series as switches is the series: every sample run under v4.18 with patch1..patch5 on finds
 * exactly the kinds of finding it finds under v4.20. Where a change between the two releases that is
 * not part of the series makes a difference, {@link #OUTSIDE_THE_SERIES} names it.
 */
class SeriesEquivalenceTest {
    private static final Limits LIMITS = new Limits(5_000_000, Duration.ofMinutes(2));

    /** Samples whose threads cannot run under v4.18 at all, or differ for a reason outside the series. */
    private static final Map<String, String> OUTSIDE_THE_SERIES = Map.of(
            "v420-probe-unlock-bug.lks", "it sets v4.20's switch probe_unlock_bug: the probe file as merged, with the"
                    + " unlock bug d2ab99403ee0 fixed in v5.2; v4.18's patch2 models the patch as its author meant it");

    static Stream<Path> samples() throws IOException {
        return SamplesTest.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void allFivePatchesGiveTheVerdictsOfV420(Path sample) {
        String name = sample.getFileName().toString();
        if (OUTSIDE_THE_SERIES.containsKey(name)) {
            return;
        }
        Loaded v420 = ScenarioLoader.loadChecked(sample, "v4.20", Capacity::check);
        Loaded v418 = ScenarioLoader.loadChecked(sample, "v4.18", Capacity::check);
        assertTrue(v420.ok(), () -> sample + " under v4.20: " + v420.errors());
        assertTrue(v418.ok(), () -> sample + " under v4.18: " + v418.errors());
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            all.put("patch" + i, true);
        }
        Scenario patched = SwitchMatrix.withValues(v418.scenario(), all, "test");
        assertEquals(kinds(v420.scenario()), kinds(patched), sample + ": v4.18 + patch1..5 vs v4.20");
    }

    private static Map<Finding.Kind, SwitchMatrix.Cell> kinds(Scenario scenario) {
        ExplorationResult result = new Explorer(Program.compile(scenario)).explore(LIMITS, Progress.NONE);
        assertTrue(result.complete(), scenario.file() + " under " + scenario.release() + " did not finish");
        Map<Finding.Kind, SwitchMatrix.Cell> cells = new EnumMap<>(Finding.Kind.class);
        for (Finding.Kind kind : SwitchMatrix.KINDS) {
            cells.put(kind, result.ofKind(kind).stream().anyMatch(f -> kind != Finding.Kind.VIOLATION
                    || ((Finding.Violation) f.finding()).violation() != Finding.ViolationKind.RULE_BROKEN)
                    ? SwitchMatrix.Cell.FOUND : SwitchMatrix.Cell.NONE);
        }
        cells.put(Finding.Kind.RUNTIME_ERROR, result.ofKind(Finding.Kind.RUNTIME_ERROR).isEmpty()
                ? SwitchMatrix.Cell.NONE : SwitchMatrix.Cell.FOUND);
        return cells;
    }
}
