package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import org.junit.jupiter.api.Test;

/** What {@code lockstep check} does for the shell (issue 9, point 6): the report's form, options, exit codes. */
class CheckShellTest {
    private static final String HEADLINE = "samples/v40-hotadd-vs-udev-deadlock.lks";

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
}
