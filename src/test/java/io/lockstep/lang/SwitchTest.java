package io.lockstep.lang;

import static io.lockstep.lang.Lks.MINIMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.Verdict;
import io.lockstep.model.Scenario;
import io.lockstep.model.Switch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compile-time switches: declaring, setting, --set, unknown names, a switch set twice, if switch. */
class SwitchTest {
    /** Two threads that deadlock (ABBA) unless switch ordered makes the right one take a first. */
    private static final String ABBA = MINIMAL + """
            lock b : mutex
            switch ordered "the right thread takes a before b, as the left one does" = off
            thread "left" { lock a lock b unlock b unlock a }
            thread "right" {
              if switch ordered { lock a lock b unlock b unlock a } else { lock b lock a unlock a unlock b }
            }
            expect deadlock
            """;

    private static Verdict.Status deadlock(Scenario s) {
        var result = new Explorer(Program.compile(s)).explore(Limits.DEFAULT, Progress.NONE);
        return Verdict.decide(s.expects(), result).get(0).status();
    }

    @Test
    void aSwitchIsDeclaredWithItsDescriptionAndDefault() {
        Loaded loaded = Lks.load(ABBA);
        Lks.assertOk(loaded);
        Switch s = loaded.scenario().switches().get("ordered");
        assertEquals("the right thread takes a before b, as the left one does", s.description());
        assertFalse(s.defaultOn());
        assertFalse(s.on());
        assertEquals(null, s.setBy());
    }

    @Test
    void ifSwitchKeepsOnlyTheChosenBranch() {
        Scenario off = Lks.load(ABBA).scenario();
        Scenario on = Lks.load(ABBA + "set ordered = on\n").scenario();
        assertTrue(on.switchOn("ordered"));
        assertEquals(Verdict.Status.HOLDS, deadlock(off));
        assertEquals(Verdict.Status.FAILS, deadlock(on));
        // No step and no state: the "on" program has exactly the steps of the hand-written ordered one.
        Scenario handWritten = Lks.load(ABBA.replace("if switch ordered { lock a lock b unlock b unlock a } else"
                + " { lock b lock a unlock a unlock b }", "lock a lock b unlock b unlock a")).scenario();
        long onStates = new Explorer(Program.compile(on)).explore(Limits.DEFAULT, Progress.NONE).states();
        long plainStates = new Explorer(Program.compile(handWritten)).explore(Limits.DEFAULT, Progress.NONE).states();
        assertEquals(plainStates, onStates);
    }

    @Test
    void setOnTheCommandLineOverridesTheFile() {
        Scenario file = Lks.load(ABBA + "set ordered = on\n").scenario();
        SwitchSettings.Applied applied = SwitchSettings.apply(file, Map.of("ordered", false), "--set");
        assertTrue(applied.ok());
        assertFalse(applied.scenario().switchOn("ordered"));
        assertEquals("--set", applied.scenario().switches().get("ordered").setBy());
        assertEquals(Verdict.Status.HOLDS, deadlock(applied.scenario()));
        assertEquals("defaults", SwitchSettings.describeChanges(applied.scenario()));
        assertEquals("ordered=on", SwitchSettings.describeChanges(file));
    }

    @Test
    void anUnknownSwitchIsAPositionedErrorThatListsTheKnownOnes() {
        assertEquals("11:1: unknown switch orderd; did you mean ordered?; the switches of this scenario are ordered",
                Lks.onlyError(Lks.load(ABBA + "set orderd = on\n")));
        assertEquals("6:27: unknown switch nope; the switches of this scenario are ordered",
                Lks.onlyError(Lks.load(ABBA.replace("thread \"left\" { lock a", "thread \"left\" { if switch nope { } lock a"))));
        assertEquals("4:1: unknown switch x; this scenario declares no switch",
                Lks.onlyError(Lks.load(MINIMAL + "set x = on\nthread \"t\" { lock a unlock a }\n")));
    }

    @Test
    void anUnknownSwitchOnTheCommandLineListsTheKnownOnes() {
        SwitchSettings.Applied applied = SwitchSettings.apply(Lks.load(ABBA).scenario(), Map.of("ordred", true), "--set");
        assertFalse(applied.ok());
        assertEquals("unknown switch ordred; did you mean ordered?; the switches of this scenario are ordered",
                applied.error());
    }

    @Test
    void aSwitchSetTwiceIsAnError() {
        assertEquals("12:1: switch ordered is already set at test.lks:11:1; set a switch once",
                Lks.onlyError(Lks.load(ABBA + "set ordered = on\nset ordered = on\n")));
        List<String> problems = new ArrayList<>();
        assertTrue(SwitchSettings.parse(List.of("ordered=on", "ordered=off"), problems).isEmpty());
        assertEquals(List.of("--set ordered=off: switch ordered is already set to on on this command line;"
                + " set a switch once"), problems);
    }

    @Test
    void aSwitchDeclaredTwiceAndBadValuesAreErrors() {
        assertEquals("11:1: switch ordered is already declared at test.lks:5:1",
                Lks.onlyError(Lks.load(ABBA + "switch ordered \"again\" = on\n")));
        assertEquals("11:15: expected on or off after set ordered =, found 'maybe'",
                Lks.onlyError(Lks.load(ABBA + "set ordered = maybe\n")));
        List<String> problems = new ArrayList<>();
        assertTrue(SwitchSettings.parse(List.of("ordered"), problems).isEmpty());
        assertEquals(List.of("--set ordered: write --set NAME=on or --set NAME=off"), problems);
    }

    @Test
    void aLocalDeclaredInTheSkippedBranchIsStillKnown() {
        String text = MINIMAL + """
                switch early "read before the lock" = on
                var x = 0
                thread "t" {
                  if switch early { read x -> v } else { lock a read x -> v unlock a }
                  write x = v + 1
                }
                """;
        Lks.assertOk(Lks.load(text));
        Program.compile(Lks.load(text).scenario());
        Program.compile(SwitchSettings.apply(Lks.load(text).scenario(), Map.of("early", false), "--set").scenario());
    }
}
