package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code lockstep man}: the help of every command as a troff man page. */
class ManCommandTest {
    private static final Set<String> MACROS = Set.of(".TH", ".SH", ".nf", ".fi");

    @Test
    void everyCommandHasASectionWithItsHelp() {
        Result r = CheckCommandTest.run("man");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(".TH LOCKSTEP 1 "), r.out());
        for (String command : new String[] {"check", "switches", "show", "tour", "render", "bench", "completion", "man", "help"}) {
            assertTrue(r.out().contains("\n.SH \"LOCKSTEP " + command.toUpperCase() + "\"\n"), command);
        }
        assertTrue(r.out().contains("--strict") && r.out().contains("Exit codes:"), "check's help, footer too");
    }

    @Test
    void onlyTheMacrosStartWithADot() {
        for (String line : CheckCommandTest.run("man").out().split("\n")) {
            if (line.startsWith(".") || line.startsWith("'")) {
                assertTrue(MACROS.contains(line.split(" ")[0]), "a help line read as a troff request: " + line);
            }
        }
    }
}
