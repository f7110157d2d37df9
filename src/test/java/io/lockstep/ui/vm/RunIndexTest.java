package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.trace.TraceRecorder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Narration per step: a note narrates its thread's next step; otherwise the kernel function; findings win. */
class RunIndexTest {

    @Test
    void aNoteNarratesTheNextStepOfItsThread() {
        TraceRecorder r = new TraceRecorder(ThreadSnapshotTest.compile(ThreadSnapshotTest.GATE), null);
        RunIndex index = new RunIndex(r.trace());
        r.step(0); // holder: lock g (no note)
        r.step(1); // retry: its leading note narrates this step
        assertEquals(2, index.catchUp());
        assertNull(index.noteFor(1));
        assertEquals("tries the gate", index.noteFor(2));

        NarrationText one = NarrationText.at(index, 1);
        assertEquals("Step 1 · \"holder\" · lock g", one.headline());
        assertEquals(NarrationText.Tone.FUNCTION, one.tone());
        NarrationText two = NarrationText.at(index, 2);
        assertEquals(NarrationText.Tone.NOTE, two.tone());
        assertEquals("tries the gate", two.detail());
        assertEquals("drivers/base/core.c:lock_device_hotplug_sysfs", index.stepTaken(2).at());
        NarrationText zero = NarrationText.at(index, 0);
        assertEquals(NarrationText.Tone.DESCRIPTION, zero.tone());
        assertEquals("a trylock that restarts", zero.headline());
    }

    @Test
    void theStepThatDeadlocksIsNarratedByTheDeadlockFirst() {
        var loaded = io.lockstep.lang.ScenarioLoader.load(Samples.HEADLINE, null);
        var program = io.lockstep.engine.Program.compile(loaded.scenario());
        var result = new io.lockstep.explore.Explorer(program).explore(io.lockstep.explore.Limits.DEFAULT,
                io.lockstep.explore.Progress.NONE);
        List<Integer> schedule = result.ofKind(Finding.Kind.DEADLOCK).get(0).schedule();
        TraceRecorder r = new TraceRecorder(program, null);
        new ReplayScheduler(schedule).drive(r, schedule.size());
        RunIndex index = new RunIndex(r.trace());
        index.catchUp();
        int last = schedule.size();
        assertEquals(last, index.firstStepOf(Finding.Kind.DEADLOCK));
        assertEquals(-1, index.firstStepOf(Finding.Kind.RACE));
        NarrationText n = NarrationText.at(index, last);
        assertEquals(NarrationText.Tone.FINDING, n.tone());
        assertTrue(n.detail().startsWith("deadlock: \"probe\" waits for device_lock[4]"), n.detail());
        assertTrue(n.detail().matches(".*\\(also: (\\d )?inversions?\\)"), n.detail());
    }

    @Test
    void theOtherFindingsOfAStepAreCountedByKind() {
        Finding race = new Finding.Race("x", null, null);
        Finding guarded = new Finding.Inversion(List.of("a", "b"), "g", List.of(), List.of());
        Finding deadlock = new Finding.Deadlock(List.of(new Finding.Wait("t", "a", "u")), false);
        assertEquals(deadlock.summary() + "  (also: 2 races, guarded inversion)",
                NarrationText.findingsText(List.of(race, guarded, deadlock, race)));
        assertEquals(guarded.summary(), NarrationText.findingsText(List.of(guarded)));
    }
}
