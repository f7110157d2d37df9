package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code lockstep check} does for the shell: the report's form, options, exit codes. */
class CheckShellTest {
    private static final String HEADLINE = "samples/v40-hotadd-vs-udev-deadlock.lks";
    private static final String ABBA = CheckCommandTest.ABBA;

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aScheduleSharedByFindingsIsPrintedOnceAndReferredTo() {
        Result r = CheckCommandTest.run("check", "--no-timing", HEADLINE);
        assertEquals(0, r.code(), r.out());
        assertEquals(1, count(r.out(), "udev:  lock mem_hotplug_lock"), r.out());
        assertTrue(r.out().contains("shortest schedule, 26 steps: the same as the inversion above"), r.out());
        assertTrue(r.out().contains("shortest schedule, 26 steps: the same as the first inversion above"), r.out());
    }

    @Test
    void verbosePrintsEverySchedule() {
        Result r = CheckCommandTest.run("check", "--no-timing", "--verbose", HEADLINE);
        assertEquals(0, r.code(), r.out());
        assertEquals(3, count(r.out(), "udev:  lock mem_hotplug_lock"), r.out());
        assertTrue(!r.out().contains("the same as"), r.out());
    }

    @Test
    void verbosePrintsTheNotesUnderTheirSteps() {
        String file = "samples/patch-drop-device-hotplug-lock.lks";
        Result terse = CheckCommandTest.run("check", "--no-timing", file);
        Result verbose = CheckCommandTest.run("check", "--no-timing", "--verbose", file);
        assertTrue(!terse.out().contains(" note: PATCHED"), terse.out());
        assertTrue(verbose.out().contains(" note: PATCHED: add_memory() calls __add_memory()"), verbose.out());
    }

    @Test
    void strictFailsOnAFindingNoExpectLineCovers() throws IOException {
        String onlyDeadlock = write("d.lks", ABBA + "expect deadlock\n");
        assertEquals(0, CheckCommandTest.run("check", onlyDeadlock).code(), "without --strict the inversion is ignored");
        Result r = CheckCommandTest.run("check", "--strict", "--no-timing", onlyDeadlock);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("--strict: no expect line covers this finding:\n  inversion: a -> b -> a"), r.out());
        assertTrue(r.out().contains("1 finding (inversion) no expect line covers (--strict) -- FAILED"), r.out());
        Result json = CheckCommandTest.run("check", "--strict", "--json", onlyDeadlock);
        assertEquals(1, json.code(), json.out());
        assertTrue(json.out().contains("\"uncovered\""), json.out());
    }

    @Test
    void strictPassesWhenEveryFindingIsCovered() throws IOException {
        Result r = CheckCommandTest.run("check", "--strict", write("c.lks", ABBA + "expect deadlock\nexpect inversion a b\n"));
        assertEquals(0, r.code(), r.out());
        assertEquals(0, CheckCommandTest.run("check", "--strict", HEADLINE).code());
    }

    @Test
    void severalFilesEndWithACountAndTheMostSeriousExitCode() throws IOException {
        String holds = write("h.lks", ABBA + "expect deadlock\n");
        String fails = write("f.lks", ABBA + "expect no deadlock\n");
        String invalid = write("i.lks", "scenario \"bad\"\nthread \"t\" { lock nosuch }\n");
        Result r = CheckCommandTest.run("check", "--no-timing", holds, holds, fails);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().endsWith("\n\n3 files: 2 hold, 1 fails\n"), r.out());
        Result withInvalid = CheckCommandTest.run("check", "--no-timing", fails, invalid);
        assertEquals(2, withInvalid.code(), "an invalid file outranks a failed one");
        assertTrue(withInvalid.out().endsWith("2 files: 1 fails, 1 is invalid\n"), withInvalid.out());
        Result one = CheckCommandTest.run("check", "--no-timing", holds);
        assertTrue(!one.out().contains("files:"), "one file needs no count: " + one.out());
        assertTrue(!CheckCommandTest.run("check", "--json", holds, fails).out().contains("2 files:"));
    }

    @Test
    void theCountNamesEveryOutcome() {
        assertEquals("4 files: 1 holds, 2 fail, 1 stopped at a limit", CheckCommand.filesSummary(List.of(0, 1, 3, 1)));
        assertEquals("2 files: 2 are invalid", CheckCommand.filesSummary(List.of(2, 2)));
    }

    @Test
    void aLimitGivesWayToAFailureAndBothToAnInvalidFile() throws IOException {
        String stopped = write("s.lks", ABBA + "expect no race\n");
        String fails = write("f.lks", ABBA + "expect no deadlock\n");
        String invalid = write("i.lks", "scenario \"bad\"\nthread \"t\" { lock nosuch }\n");
        assertEquals(3, CheckCommandTest.run("check", "--max-states", "20", stopped).code());
        assertEquals(1, CheckCommandTest.run("check", "--max-states", "20", stopped, fails).code());
        assertEquals(2, CheckCommandTest.run("check", "--max-states", "20", stopped, fails, invalid).code());
    }

    @Test
    void checkHelpStatesThePrecedence() {
        Result r = CheckCommandTest.run("check", "--help");
        assertTrue(r.out().contains("--strict") && r.out().contains("2, then 1, then 3"), r.out());
    }

    @Test
    void anUnknownReleaseIsAnErrorOfTheOptionNotOfTheFile() {
        Result r = CheckCommandTest.run("check", "--release", "v5.0", HEADLINE, HEADLINE);
        assertEquals(2, r.code(), r.out());
        assertEquals("lockstep check: --release v5.0: no such bundled model; known: v4.0, v4.18, v4.20, v6.14\n",
                r.err());
        assertEquals("", r.out(), "no file is checked, so no FILE:1:1");
        Result switches = CheckCommandTest.run("switches", "--release", "v5.0", HEADLINE);
        assertEquals(2, switches.code());
        assertTrue(switches.err().startsWith("lockstep switches: --release v5.0: no such bundled model"), switches.err());
    }

    @Test
    void colorAlwaysColoursVerdictsAndHeadersAndNeverLeavesPlainText() throws IOException {
        String fails = write("f.lks", ABBA + "expect no deadlock\nexpect inversion a b\n");
        Result always = CheckCommandTest.run("check", "--no-timing", "--color=always", fails);
        assertEquals(1, always.code(), always.out());
        assertTrue(always.out().contains("\u001b[31;1mFAILS\u001b[0m"), always.out());
        assertTrue(always.out().contains("\u001b[32mholds\u001b[0m"), always.out());
        assertTrue(always.out().contains("\u001b[1mdeadlock: "), always.out());
        Result never = CheckCommandTest.run("check", "--no-timing", "--color=never", fails);
        assertTrue(!never.out().contains("\u001b"), never.out());
        assertEquals(never.out(), always.out().replaceAll("\u001b\\[[0-9;]*m", ""), "colour only adds escapes");
        Result auto = CheckCommandTest.run("check", "--no-timing", fails);
        assertEquals(never.out(), auto.out(), "a test's output is no terminal, so auto is plain");
        Result bad = CheckCommandTest.run("check", "--color=sometimes", fails);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("not one of auto, always, never"), bad.err());
    }

    @Test
    void autoColoursOnlyATerminalThatWantsColour() {
        assertTrue(Ink.of(Ink.When.AUTO, java.util.Map.of("TERM", "xterm"), true).on());
        assertTrue(!Ink.of(Ink.When.AUTO, java.util.Map.of("TERM", "xterm"), false).on(), "a pipe");
        assertTrue(!Ink.of(Ink.When.AUTO, java.util.Map.of("TERM", "dumb"), true).on());
        assertTrue(!Ink.of(Ink.When.AUTO, java.util.Map.of("TERM", "xterm", "NO_COLOR", "1"), true).on());
        assertTrue(Ink.of(Ink.When.AUTO, java.util.Map.of("TERM", "xterm", "NO_COLOR", ""), true).on(),
                "an empty NO_COLOR does not count (no-color.org)");
        assertTrue(Ink.of(Ink.When.ALWAYS, java.util.Map.of("NO_COLOR", "1"), false).on(), "asked for outright");
        assertTrue(!Ink.of(Ink.When.NEVER, java.util.Map.of(), true).on());
    }
}
