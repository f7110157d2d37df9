package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.explore.Limits;
import io.lockstep.explore.Verdict;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.model.MemoryLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code memory from lsmem}: the sample that reads its layout from samples/lsmem/ checks exactly as
 * the sample whose layout is written by hand (same layout, same state space, same verdicts).
 */
class LsmemEquivalenceTest {
    private static final Path FROM_LSMEM = Path.of("samples", "v420-memtrace-fixed-from-lsmem.lks");
    private static final Path BY_HAND = Path.of("samples", "v420-memtrace-fixed.lks");

    private static List<String> ranges(Path file) {
        MemoryLayout m = ScenarioLoader.load(file, null).scenario().memory();
        return m.ranges().stream().map(r -> m.blockSize() + " " + r.zone() + " " + r.first() + ".." + r.last() + " "
                + r.initial()).toList();
    }

    @Test
    void sameLayoutAndSameCheck() {
        assertEquals(ranges(BY_HAND), ranges(FROM_LSMEM));
        Checker checker = new Checker(new Limits(5_000_000, Duration.ofMinutes(2)), 1);
        FileReport byHand = checker.check(BY_HAND, null);
        FileReport fromLsmem = checker.check(FROM_LSMEM, null);
        assertTrue(fromLsmem.diagnostics().isEmpty(), fromLsmem.diagnostics().toString());
        assertEquals(byHand.exploration().states(), fromLsmem.exploration().states());
        assertEquals(byHand.exploration().transitions(), fromLsmem.exploration().transitions());
        assertEquals(byHand.exploration().findings().stream().map(f -> f.finding().toString()).toList(),
                fromLsmem.exploration().findings().stream().map(f -> f.finding().toString()).toList());
        assertEquals(byHand.verdicts().stream().map(v -> v.expect().text() + " " + v.status()).toList(),
                fromLsmem.verdicts().stream().map(v -> v.expect().text() + " " + v.status()).toList());
        assertTrue(fromLsmem.verdicts().stream().allMatch(v -> v.status() == Verdict.Status.HOLDS));
        assertEquals(byHand.exitCode(), fromLsmem.exitCode());
    }
}
