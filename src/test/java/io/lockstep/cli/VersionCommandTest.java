package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import io.lockstep.lang.Releases;
import io.lockstep.share.ModelFingerprint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code lockstep --version}: the built version, the Java that runs it, and every bundled model's fingerprint. */
class VersionCommandTest {
    @Test
    void printsTheBuiltVersionTheRuntimeAndEachModelsFingerprint() {
        Result r = CheckCommandTest.run("--version");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // Maven's version, through the filtered build.properties (never an unfiltered ${...})
        assertTrue(lines.get(0).matches("lockstep \\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), lines.get(0));
        assertTrue(lines.get(1).endsWith(" at " + System.getProperty("java.home")), lines.get(1));
        assertTrue(lines.get(1).startsWith("Java " + Runtime.version()), lines.get(1));
        for (String release : Releases.BUNDLED) {
            String fingerprint = ModelFingerprint.of(release);
            assertTrue(fingerprint.matches("sha256:[0-9a-f]{64}"), release);
            assertTrue(lines.stream().anyMatch(l -> List.of(l.trim().split(" +")).equals(List.of(release, fingerprint))),
                    release + " in:\n" + r.out());
        }
    }

    @Test
    void everyFormOfTheOptionPrintsTheSame() {
        assertEquals(CheckCommandTest.run("--version").out(), CheckCommandTest.run("-V").out());
        assertTrue(Main.isCommand("--version") && Main.isCommand("-V"), "the version never opens the window");
        assertFalse(CheckCommandTest.run("-V").out().contains("${"), "build.properties was filtered");
        int offering = 0;
        for (var sub : Main.commandLine().getSubcommands().entrySet()) {
            if (sub.getValue().getCommandSpec().findOption("-V") != null) { // the commands whose help offers it
                offering++;
                assertEquals(CheckCommandTest.run("-V").out(), CheckCommandTest.run(sub.getKey(), "-V").out(), sub.getKey());
            }
        }
        assertTrue(offering >= 3, "check, export, render and more offer -V: " + offering);
    }
}
