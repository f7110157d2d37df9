package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --set}, {@code --matrix}, {@code --list-switches} and {@code lockstep switches}. */
class SwitchCommandsTest {
    private static final String HEADLINE = "samples/v40-hotadd-vs-udev-deadlock.lks";

    @Test
    void theMatrixOfTheHeadlineUnderV418MatchesItsGoldenFile() throws IOException {
        Result r = CheckCommandTest.run("check", "--release", "v4.18", "--matrix", "patch2,patch3", HEADLINE);
        assertEquals(0, r.code(), r.err());
        Path golden = Path.of("samples", "v40-hotadd-vs-udev-deadlock.matrix-v418.txt");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, r.out());
        }
        assertEquals(Files.readString(golden), r.out());
        // The story the series tells, row by row: patch 3 alone deadlocks, 2 and 3 together are guarded.
        assertTrue(r.out().contains("off    on     | deadlock inversion -"), r.out());
        assertTrue(r.out().contains("on     on     | -        -         guarded"), r.out());
    }

    @Test
    void matrixWithoutNamesTakesEverySwitchAndTheFileIsNotMistakenForAList() {
        Result r = CheckCommandTest.run("check", "--matrix", HEADLINE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 combinations of fix_30467e0b3be"), r.out());
    }

    @Test
    void setChangesTheVerdictsAndTheHeaderSaysSo() {
        Result fixed = CheckCommandTest.run("check", "--no-timing", "--set", "fix_30467e0b3be=on", HEADLINE);
        assertEquals(1, fixed.code(), "the file expects the deadlock the fix removes");
        assertTrue(fixed.out().contains("(kernel model v4.0; fix_30467e0b3be=on)"), fixed.out());
        assertTrue(fixed.out().contains("expect deadlock") && fixed.out().contains("FAILS"), fixed.out());
    }

    @Test
    void anUnknownSwitchOnTheCommandLineListsTheKnownOnesAndExits2() {
        Result r = CheckCommandTest.run("check", "--set", "patch3=on", HEADLINE);
        assertEquals(2, r.code());
        assertTrue(r.out().contains("--set: unknown switch patch3; the switches of this scenario and kernel model v4.0"
                + " are fix_30467e0b3be"), r.out());
        Result twice = CheckCommandTest.run("check", "--set", "fix_30467e0b3be=on", "--set", "fix_30467e0b3be=off", HEADLINE);
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("already set to on on this command line"), twice.err());
        Result matrix = CheckCommandTest.run("check", "--matrix", "patch9", "--release", "v4.18", HEADLINE);
        assertEquals(2, matrix.code());
        assertTrue(matrix.err().contains("unknown switch patch9"), matrix.err());
    }

    @Test
    void switchesListsNameValueAndWhatEachDoes() {
        Result r = CheckCommandTest.run("switches", "samples/v418-patch3-alone-deadlock.lks");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("patch3  on (set at samples/v418-patch3-alone-deadlock.lks:13:1, default off)"
                + "  381eab4a6ee8 mm/memory_hotplug: fix online/offline_pages called w.o. mem_hotplug_lock"), r.out());
        assertTrue(r.out().contains("patch2  off (default)"), r.out());
        assertEquals(r.out(), CheckCommandTest.run("check", "--list-switches", "samples/v418-patch3-alone-deadlock.lks").out());
    }
}
