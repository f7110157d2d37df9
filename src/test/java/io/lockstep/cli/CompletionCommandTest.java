package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import org.junit.jupiter.api.Test;

/** {@code lockstep completion}: a script picocli writes from the command definitions, for bash and zsh. */
class CompletionCommandTest {

    @Test
    void theBashScriptCompletesEveryCommandAndCheckOptions() {
        Result r = CheckCommandTest.run("completion", "bash");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash\n"), "a shebang first, so that the file runs as a script");
        for (String command : new String[] {"check", "switches", "show", "tour", "render", "bench", "completion", "help"}) {
            assertTrue(r.out().contains("_picocli_lockstep_" + command + "()"), command);
        }
        assertTrue(r.out().contains("--strict") && r.out().contains("--color"), "check's options");
        assertTrue(r.out().contains("complete -F _complete_lockstep"), "registered for the lockstep command");
        assertEquals(r.out(), CheckCommandTest.run("completion").out(), "bash is the default");
    }

    @Test
    void theZshScriptIsTheSameScriptWithZshInstructions() {
        Result zsh = CheckCommandTest.run("completion", "zsh");
        Result bash = CheckCommandTest.run("completion", "bash");
        assertEquals(0, zsh.code());
        assertTrue(zsh.out().contains("~/.zshrc") && zsh.out().contains("bashcompinit"), zsh.out().substring(0, 400));
        assertEquals(bash.out().lines().count(), zsh.out().lines().count());
    }

    @Test
    void anUnknownShellExitsTwo() {
        Result r = CheckCommandTest.run("completion", "fish");
        assertEquals(2, r.code());
        assertEquals("lockstep completion: unknown shell fish; the shells are bash, zsh\n", r.err());
    }

    @Test
    void theLauncherRoutesTheCommandToTheCommandLine() {
        assertTrue(Main.isCommand("completion"));
    }

    /** The build copies it beside the jar as target/lockstep (the package phase, after the tests). */
    @Test
    void theLauncherScriptRunsTheJarsBesideIt() throws java.io.IOException {
        String script = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/sh/lockstep"));
        assertTrue(script.startsWith("#!/bin/sh\n"), script);
        assertTrue(script.contains("dir=$(dirname \"$0\")\n"), script);
        // lockstep-cli.jar first (the command line without opening lockstep.jar), lockstep.jar for the rest
        assertTrue(script.contains("-cp \"$dir/lockstep-cli.jar:$dir/lockstep.jar\" io.lockstep.Launcher \"$@\""), script);
        // the CDS archive beside them, ignored without a word where it is missing or does not fit
        assertTrue(script.contains("-XX:SharedArchiveFile=\"$dir/lockstep.jsa\" -Xshare:auto '-Xlog:cds*=off'"), script);
    }
}
