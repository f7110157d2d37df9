package io.lockstep.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.explore.Limits;
import io.lockstep.ui.vm.ModelVariant;
import io.lockstep.ui.vm.ScenarioSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compare view's core, without a screen: the two runs, where they part, what differs. */
class ComparedRunsTest {
    static final Limits LIMITS = new Limits(2_000_000, Duration.ofSeconds(60));

    /** Runs a job on this thread and keeps what it said, in order. */
    static final class Outcome implements CompareJob.Listener {
        final List<String> order = new ArrayList<>();
        ComparedRuns runs;
        ExploredSide left;
        ExploredSide right;
        ModelContrast contrast;
        String failure;

        @Override
        public void progress(String text) {}

        @Override
        public void runs(ComparedRuns r) {
            order.add("runs");
            runs = r;
        }

        @Override
        public void explored(ExploredSide l, ExploredSide r, ModelContrast c) {
            order.add("explored");
            left = l;
            right = r;
            contrast = c;
        }

        @Override
        public void failed(String message) {
            order.add("failed");
            failure = message;
        }
    }

    static CompareRequest request(String sample, ModelVariant left, String right, List<Integer> schedule,
            Finding.Kind kind) throws Exception {
        List<String> problems = new ArrayList<>();
        ModelVariant r = ModelVariant.parse(right, problems).orElseThrow(() -> new AssertionError(problems));
        return new CompareRequest(ScenarioSource.read(Path.of("samples", sample)), left, r, schedule, kind, 0, true,
                LIMITS);
    }

    static Outcome run(CompareRequest request) {
        Outcome o = new Outcome();
        new CompareJob(request, o, () -> false).run();
        return o;
    }

    static Outcome compare(String sample, ModelVariant left, String right, Finding.Kind kind) throws Exception {
        return run(request(sample, left, right, List.of(), kind));
    }

    @Test
    void underV420TheV40DeadlockAndItsCycleAreGone() throws Exception {
        Outcome o = compare("v40-hotadd-vs-udev-deadlock.lks", ModelVariant.AS_WRITTEN, "v4.20", Finding.Kind.DEADLOCK);
        assertNull(o.failure);
        assertEquals(List.of("runs", "explored"), o.order);
        ComparedRuns runs = o.runs;
        assertEquals("v4.0", runs.left().label());
        assertEquals("v4.20", runs.right().label());
        assertEquals("the shortest deadlock under v4.0", runs.origin());
        // The left replays its deadlock to the end; the right can take every one of those choices too
        // (its threads run other statements), then goes on alone while the left is stuck.
        assertEquals(26, runs.left().size());
        assertNotNull(runs.left().trace().first(Finding.Kind.DEADLOCK));
        assertEquals(26, runs.right().replayed());
        assertTrue(runs.right().size() > 26);
        assertNull(runs.right().trace().first(Finding.Kind.DEADLOCK));
        assertEquals(27, runs.parting().step());
        assertTrue(runs.parting().text().endsWith("from step 27 the runs part: v4.20 steps \"probe\" next, but under v4.0"
                + " \"probe\" is blocked on device_lock[4] held by \"udev\"; the v4.0 run ends there."), runs.parting().text());
        assertTrue(runs.parting().text().startsWith("Steps 1–26 take the same threads"), runs.parting().text());

        List<String> words = o.contrast.changes().stream().map(ModelContrast.Change::words).toList();
        // v4.0's only violation is a broken documented rule (the window checks rules): not a kernel
        // violation, so nothing is "gone" there.
        assertEquals(List.of("deadlock gone", "cycle gone", "guarded cycle appears"), words);
        assertTrue(o.contrast.complete());
        assertTrue(o.contrast.findingsOnlyLeft().stream().anyMatch(s -> s.startsWith("deadlock:")));
        // v4.20 takes device_hotplug_lock first, then cpu_hotplug_lock: edges v4.0 never makes.
        assertTrue(o.contrast.edgesOnlyRight().contains(new OrderEdge("device_hotplug_lock", "cpu_hotplug_lock")));
    }

    @Test
    void theDifferencesOfAStepAreWhatOnlyOneSideHolds() throws Exception {
        Outcome o = compare("v40-hotadd-vs-udev-deadlock.lks", ModelVariant.AS_WRITTEN, "v4.20", Finding.Kind.DEADLOCK);
        assertTrue(StepDifferences.at(o.runs, 0).none());
        StepDifferences first = StepDifferences.at(o.runs, 1);
        assertEquals(List.of("\"probe\" holds device_hotplug_lock"), List.copyOf(first.heldOnlyRight()));
        assertEquals(List.of("device_hotplug_lock"), List.copyOf(first.takenOnlyRight()));
        assertTrue(first.heldOnlyLeft().isEmpty());
        StepDifferences last = StepDifferences.at(o.runs, 26);
        assertTrue(last.edgesOnlyLeft().contains(new OrderEdge("device_lock", "mem_hotplug_lock")), last.toString());
        assertTrue(last.heldOnlyLeft().contains("\"udev\" holds device_lock[4]"), last.toString());
        // Past its end the left stays at its last step, deadlocked, while the right has finished and holds nothing.
        assertEquals(List.of("\"probe\" holds mem_hotplug_lock", "\"probe\" holds mem_sysfs_mutex",
                "\"udev\" holds device_hotplug_lock", "\"udev\" holds device_lock[4]", "\"udev\" holds kn_active[4]"),
                List.copyOf(StepDifferences.at(o.runs, o.runs.length()).heldOnlyLeft()));
    }

    @Test
    void patch3AloneMakesTheCycleAppearInV418() throws Exception {
        Outcome o = compare("v418-hotadd-vs-udev.lks", ModelVariant.AS_WRITTEN, "patch3=on", Finding.Kind.DEADLOCK);
        assertNull(o.failure);
        ComparedRuns runs = o.runs;
        assertEquals("v4.18", runs.left().label());
        assertEquals("v4.18 patch3=on", runs.right().label());
        // v4.18 has no deadlock, so both replay the patched side's.
        assertEquals("the shortest deadlock under v4.18 patch3=on", runs.origin());
        assertNotNull(runs.right().trace().first(Finding.Kind.DEADLOCK));
        assertNull(runs.left().trace().first(Finding.Kind.DEADLOCK));
        assertEquals(19, runs.parting().step());
        assertTrue(runs.parting().text().contains("v4.18 steps \"probe\" next, but under v4.18 patch3=on \"probe\" is"
                + " blocked on device_lock[4] held by \"udev\"; v4.18 patch3=on goes on with \"udev\""), runs.parting().text());
        for (int n = 1; n < runs.parting().step(); n++) {
            assertEquals(runs.left().trace().step(n).thread(), runs.right().trace().step(n).thread());
        }
        List<String> words = o.contrast.changes().stream().map(ModelContrast.Change::words).toList();
        assertEquals(List.of("deadlock appears", "cycle appears"), words);
        assertEquals(List.of(new OrderEdge("device_lock", "cpu_hotplug_lock"), new OrderEdge("device_lock", "mem_hotplug_lock")),
                List.copyOf(o.contrast.edgesOnlyRight()));
        assertTrue(o.contrast.edgesOnlyLeft().isEmpty());
    }

    @Test
    void theWindowsScheduleIsRecordedBeforeExploring() throws Exception {
        List<Integer> schedule = List.of(0, 0, 1, 1, 0);
        Outcome o = run(request("v418-hotadd-vs-udev.lks", ModelVariant.AS_WRITTEN, "v4.20", schedule, null));
        assertEquals(List.of("runs", "explored"), o.order);
        assertEquals(schedule, o.runs.left().trace().schedule().subList(0, 5));
        assertEquals("the window's run (5 steps), then each its lowest runnable thread", o.runs.origin());
    }

    @Test
    void theSameModelOnBothSidesNeverParts() throws Exception {
        Outcome o = compare("v418-hotadd-vs-udev.lks", ModelVariant.AS_WRITTEN, "v4.18", null);
        assertFalse(o.runs.parting().parted());
        assertTrue(o.contrast.changes().isEmpty());
        for (int n = 0; n <= o.runs.length(); n++) {
            assertTrue(StepDifferences.at(o.runs, n).none());
        }
    }

    @Test
    void aSwitchTheModelLacksIsSaid() throws Exception {
        Outcome o = compare("v40-hotadd-vs-udev-deadlock.lks", ModelVariant.AS_WRITTEN, "patch3=on", null);
        assertEquals(List.of("failed"), o.order);
        assertTrue(o.failure.contains("patch3"), o.failure);
    }

    @Test
    void aReleaseOnTheRightTakesItsOwnSwitchesAndSettingsAloneKeepTheLeftsRelease() throws Exception {
        ModelVariant left = new ModelVariant("v4.18", java.util.Map.of("patch2", true));
        CompareRequest onlyPatch = request("v418-hotadd-vs-udev.lks", left, "patch3=on", List.of(), null);
        assertEquals(new ModelVariant("v4.18", java.util.Map.of("patch2", true, "patch3", true)),
                onlyPatch.effectiveRight());
        CompareRequest release = request("v418-hotadd-vs-udev.lks", left, "v4.20", List.of(), null);
        assertEquals(new ModelVariant("v4.20", java.util.Map.of()), release.effectiveRight());
    }

    @Test
    void theViewModelsCursorStepsBothAndEachPaneStopsAtItsEnd() throws Exception {
        CompareRequest request = request("v40-hotadd-vs-udev-deadlock.lks", ModelVariant.AS_WRITTEN, "v4.20", List.of(),
                Finding.Kind.DEADLOCK);
        try (CompareViewModel vm = new CompareViewModel(request, Runnable::run)) {
            vm.runHere();
            assertFalse(vm.workingProperty().get());
            assertEquals(0, vm.stepProperty().get());
            vm.stepForward();
            vm.stepForward();
            assertEquals(2, vm.stepOf(false));
            assertEquals(2, vm.stepOf(true));
            vm.end();
            int length = vm.runsProperty().get().length();
            assertEquals(length, vm.stepProperty().get());
            assertEquals(26, vm.stepOf(false));
            assertEquals(length, vm.stepOf(true));
            vm.stepForward();
            assertEquals(length, vm.stepProperty().get());
            vm.home();
            vm.stepBack();
            assertEquals(0, vm.stepProperty().get());
            vm.seek(26);
            assertEquals(26, vm.differencesProperty().get().step());
            assertTrue(vm.contrastProperty().get().changes().contains(new ModelContrast.Change(Finding.Kind.INVERSION, true)));
        }
    }
}
