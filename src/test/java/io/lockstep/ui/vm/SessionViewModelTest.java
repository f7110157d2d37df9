package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's view-model driven without a screen: open, step, rewind, find, switch release, edit. */
class SessionViewModelTest {
    private SessionViewModel session;
    private RunViewModel run;
    private Pump pump;

    @BeforeEach
    void openTheHeadline() {
        session = new SessionViewModel();
        run = session.run();
        pump = new Pump(session);
        assertTrue(session.open(Samples.read(Samples.HEADLINE)));
        pump.settle();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private StepView shown() {
        return run.currentProperty().get();
    }

    private Badge badge(Finding.Kind kind) {
        return session.verdicts().badges().stream().filter(b -> b.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void opensAtStepZeroWithTheVerdictsOfEveryInterleaving() {
        assertEquals(0, shown().step());
        assertEquals("v4.0", session.releaseProperty().get());
        assertEquals(2, shown().threads().size());
        assertEquals("probe", shown().threads().get(0).label());
        assertEquals(ThreadSnapshot.Status.RUNNABLE, shown().threads().get(1).status());
        // The window checks the series' documented rules: v4.0's probe path adds memory without
        // device_hotplug_lock before its first step, and step 0 says so; the expect lines still hold.
        assertEquals(NarrationText.Tone.FINDING, shown().narration().tone());
        assertEquals(Badge.Status.FOUND, badge(Finding.Kind.VIOLATION).status());
        assertTrue(badge(Finding.Kind.VIOLATION).summary().contains("locking rule broken: device_hotplug_lock"),
                badge(Finding.Kind.VIOLATION).summary());
        assertEquals(Badge.Status.FOUND, badge(Finding.Kind.DEADLOCK).status());
        assertEquals(26, badge(Finding.Kind.DEADLOCK).steps());
        assertEquals(Badge.Status.NOT_FOUND, badge(Finding.Kind.RACE).status());
        assertTrue(session.verdicts().expectations().stream().allMatch(r -> r.status() == ExpectRow.Status.HOLDS));
    }

    @Test
    void stepTakesTheLowestRunnableThreadAndClickingAThreadStepsThatOne() {
        run.stepForward();
        pump.until(() -> run.shownStepProperty().get() == 1);
        assertEquals(0, run.trace().step(1).thread());
        run.stepThread(1);
        pump.until(() -> run.shownStepProperty().get() == 2);
        assertEquals(1, run.trace().step(2).thread());
        assertEquals(1, shown().steppedThread());
    }

    @Test
    void stepBackIsInstantAndStepForwardWalksTheRecordedStepsAgain() {
        for (int i = 1; i <= 3; i++) {
            run.stepThread(0);
            int step = i;
            pump.until(() -> run.shownStepProperty().get() == step);
        }
        var traceBefore = run.trace();
        run.stepBack();
        pump.frame();
        assertEquals(2, shown().step());
        assertEquals(3, run.recordedStepsProperty().get());
        assertEquals(0, shown().nextThread(), "the recorded step 3 is next");
        run.stepForward();
        assertFalse(run.isBusy(), "a recorded step needs no engine");
        pump.frame();
        assertEquals(3, shown().step());
        assertSame(traceBefore, run.trace());
    }

    @Test
    void aDifferentStepAfterSteppingBackDropsTheRecordedFuture() {
        for (int i = 1; i <= 3; i++) {
            run.stepForward();
            int step = i;
            pump.until(() -> run.shownStepProperty().get() == step);
        }
        run.seek(1);
        pump.frame();
        run.stepThread(1);
        pump.until(() -> run.recordedStepsProperty().get() == 2 && run.shownStepProperty().get() == 2);
        assertEquals(java.util.List.of(0, 1), run.trace().schedule());
        assertEquals("your steps", run.originProperty().get());
    }

    @Test
    void findingADeadlockLoadsItsShortestScheduleToReplay() {
        session.find(Finding.Kind.DEADLOCK);
        pump.until(() -> run.recordedStepsProperty().get() == 26 && !run.isBusy());
        assertEquals(0, shown().step(), "the schedule starts at its beginning");
        assertTrue(run.originProperty().get().contains("deadlock"));
        run.end();
        pump.frame();
        assertTrue(shown().seen().contains(Finding.Kind.DEADLOCK));
        assertTrue(badge(Finding.Kind.DEADLOCK).seenInRun());
        assertEquals(ThreadSnapshot.Status.BLOCKED, shown().threads().get(0).status());
        assertEquals("blocked on device_lock[4] held by \"udev\"", shown().threads().get(0).stateText());
        assertEquals("blocked on mem_hotplug_lock held by \"probe\"", shown().threads().get(1).stateText());
        assertEquals(NarrationText.Tone.FINDING, shown().narration().tone());
        assertTrue(shown().narration().detail().startsWith("deadlock:"), shown().narration().detail());
        assertEquals(-1, shown().nextThread());
        run.seek(10);
        pump.frame();
        assertFalse(shown().seen().contains(Finding.Kind.DEADLOCK), "scrubbed back before the deadlock");
    }

    @Test
    void steppingIntoTheDeadlockByHandAnnouncesItAsTheEngineReportsIt() {
        java.util.List<Integer> schedule = session.verdicts().result().ofKind(Finding.Kind.DEADLOCK).get(0).schedule();
        for (int i = 0; i < schedule.size(); i++) {
            run.stepThread(schedule.get(i));
            int step = i + 1;
            pump.until(() -> run.shownStepProperty().get() == step && !run.isBusy());
        }
        assertTrue(session.statusProperty().get().startsWith("Step 26: deadlock: \"probe\" waits for device_lock[4]"),
                session.statusProperty().get());
        assertTrue(badge(Finding.Kind.DEADLOCK).seenInRun());
        run.stepForward();
        assertEquals("no thread can step: every unfinished thread is blocked (deadlock)", session.statusProperty().get());
    }

    @Test
    void aLoadedScheduleDoesNotGiveAwayItsEnd() {
        session.find(Finding.Kind.DEADLOCK);
        pump.until(() -> run.recordedStepsProperty().get() == 26 && !run.isBusy());
        assertTrue(session.statusProperty().get().startsWith("Loaded the shortest deadlock schedule"),
                session.statusProperty().get());
    }

    @Test
    void switchingToV420RestartsTheRunAndTheDeadlockIsGone() {
        Program before = run.program();
        assertTrue(session.switchRelease("v4.20"));
        pump.settle();
        assertEquals("v4.20", session.releaseProperty().get());
        assertNotSame(before, run.program());
        assertEquals(0, shown().step());
        assertEquals(Badge.Status.NOT_FOUND, badge(Finding.Kind.DEADLOCK).status());
        assertEquals(ExpectRow.Status.FAILS, session.verdicts().expectations().get(0).status(), "expect deadlock");
        session.find(Finding.Kind.DEADLOCK);
        assertTrue(session.statusProperty().get().startsWith("No deadlock in any interleaving under v4.20"),
                session.statusProperty().get());
    }

    @Test
    void playingStepsAtItsSpeedAndStopsWhereNothingCanStep() {
        session.find(Finding.Kind.DEADLOCK);
        pump.until(() -> run.recordedStepsProperty().get() == 26 && !run.isBusy());
        run.setSpeed(30);
        run.togglePlay();
        pump.advance(0.5);
        int midway = run.shownStepProperty().get();
        assertTrue(midway > 5 && midway < 26, "about 15 steps in half a second at 30 steps/s, got " + midway);
        pump.advance(2);
        assertEquals(26, run.shownStepProperty().get());
        assertFalse(run.playingProperty().get());
    }

    @Test
    void aCommandForAReplacedRunIsDropped() {
        run.stepThread(1);
        session.switchRelease("v4.18"); // before the step is back: the new run replays what was on screen
        pump.settle();
        assertEquals(0, run.recordedStepsProperty().get());
        assertEquals("v4.18", session.releaseProperty().get());
    }

    @Test
    void switchingTheReleaseReplaysTheScheduleAndLandsOnTheSameStepOrWhereTheRunsPart() {
        session.find(Finding.Kind.DEADLOCK);
        pump.until(() -> run.recordedStepsProperty().get() == 26 && !run.isBusy());
        run.seek(14);
        pump.settle();
        session.switchRelease("v4.20");
        pump.until(() -> "v4.20".equals(session.releaseProperty().get()) && !run.isBusy() && run.trace() != null
                && run.trace().program().scenario().release().equals("v4.20"));
        pump.settle();
        int parted = run.recordedStepsProperty().get();
        assertEquals(Math.min(14, parted), run.shownStepProperty().get());
        String status = session.statusProperty().get();
        assertTrue(parted == 26 ? status.contains("all 26 recorded thread choices apply")
                : status.contains("from step " + (parted + 1) + " the runs part: under v4.20"), status);
        // v4.20's probe takes device_hotplug_lock first: the very first step already differs.
        assertTrue(status.contains("The steps themselves differ from step 1: \"probe\" runs trylock device_hotplug_lock"),
                status);
        // What is on screen is a fresh v4.20 run: replaying its kept steps from scratch gives the same trace.
        var fresh = new io.lockstep.explore.ReplayScheduler(run.recordedSchedule())
                .drive(new io.lockstep.trace.TraceRecorder(run.trace().program(), null), parted);
        assertEquals(fresh.schedule(), run.trace().schedule());
        assertEquals("kernel model v4.20 (the file is written for v4.0)", session.modelTextProperty().get());
        assertTrue(session.verdicts().expectations().stream().allMatch(r -> "v4.0".equals(r.writtenFor())));
    }

    @Test
    void aPatchSwitchKeepsThePlaceAndTheExpectationsSayWhoTheyWereWrittenFor() {
        assertTrue(session.open(Samples.read(Path.of("samples", "v418-hotadd-vs-udev.lks"))));
        pump.settle();
        run.stepForward();
        pump.until(() -> run.shownStepProperty().get() == 1);
        assertEquals(5, session.switches().size());
        assertTrue(session.setSwitch("patch3", true));
        pump.until(() -> !run.isBusy() && run.trace().program().scenario().switchOn("patch3"));
        pump.settle();
        assertEquals(1, run.shownStepProperty().get());
        assertTrue(session.switches().stream().anyMatch(r -> r.name().equals("patch3") && r.on()));
        assertEquals("kernel model v4.18 patch3=on (the file is written for v4.18)", session.modelTextProperty().get());
        pump.until(() -> session.verdicts().result() != null);
        assertEquals(Badge.Status.FOUND, badge(Finding.Kind.DEADLOCK).status(), "patch 3 alone: the 2015 deadlock is back");
        assertTrue(session.verdicts().expectations().stream().anyMatch(r -> r.status() == ExpectRow.Status.FAILS
                && "v4.18".equals(r.writtenFor())));
        assertTrue(session.setSwitch("patch2", true));
        pump.until(() -> !run.isBusy() && run.trace().program().scenario().switchOn("patch2"));
        pump.until(() -> session.verdicts().result() != null);
        assertEquals(Badge.Status.NOT_FOUND, badge(Finding.Kind.DEADLOCK).status());
        assertEquals(Badge.Status.FOUND, badge(Finding.Kind.GUARDED_INVERSION).status(), "2 and 3: guarded");
    }

    @Test
    void anInvalidSaveKeepsTheOldRunAndAValidOneRestartsIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.lks");
        Files.copy(Samples.HEADLINE, file);
        assertTrue(session.open(ScenarioSource.read(file)));
        pump.settle();
        Program valid = run.program();
        String good = session.editor().textProperty().get();
        String broken = good.replace("call state_store(4, online)", "call state_stor(4, online)");
        session.editor().textProperty().set(broken);
        assertTrue(session.editor().dirtyProperty().get());

        assertFalse(session.saveAndRun());
        pump.settle();
        assertSame(valid, run.program(), "the old run stays on screen");
        assertEquals(broken, Files.readString(file), "what the user typed is saved, not lost");
        DiagnosticRow first = session.editor().diagnostics().get(0);
        assertTrue(first.error() && first.inEditedFile());
        assertEquals(lineOf(broken, "call state_stor("), first.line());

        session.editor().textProperty().set(good.replace("thread \"udev\"", "thread \"udevd\""));
        assertTrue(session.saveAndRun());
        pump.settle();
        assertNotSame(valid, run.program());
        assertEquals("udevd", shown().threads().get(1).label());
        assertFalse(session.editor().dirtyProperty().get());
        assertTrue(Files.list(dir).allMatch(p -> p.equals(file)), "no temporary file is left behind");
    }

    @Test
    void openingAnInvalidFileKeepsTheRunAndOpensTheEditorOnItsErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.lks");
        Files.writeString(file, "scenario \"x\"\nlock a : mutex\nthread \"t\" { lock b }\n");
        Program before = run.program();
        assertFalse(session.open(ScenarioSource.read(file)));
        pump.settle();
        assertSame(before, run.program());
        assertTrue(session.editor().openProperty().get());
        assertEquals(3, session.editor().diagnostics().get(0).line());
        assertTrue(session.statusProperty().get().contains("bad.lks"), session.statusProperty().get());

        String fixed = "scenario \"x\"\nmemory { block_size 128M  zone Normal blocks 0..0 online }\n"
                + "lock a : mutex\nthread \"t\" { lock a  unlock a }\n";
        session.editor().textProperty().set(fixed);
        assertTrue(session.saveAndRun(), "the fix is saved to the file being edited, and runs");
        pump.settle();
        assertEquals(fixed, Files.readString(file));
        assertEquals("t", shown().threads().get(0).label());
        assertEquals("bad.lks", session.fileNameProperty().get());
        assertEquals(null, session.releaseProperty().get(), "it uses no kernel model: nothing to switch");
        assertFalse(session.releaseSwitchableProperty().get());
    }

    private static int lineOf(String text, String what) {
        return text.substring(0, text.indexOf(what)).split("\n", -1).length;
    }
}
