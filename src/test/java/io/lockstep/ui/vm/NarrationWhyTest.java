package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.trace.TraceRecorder;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The narration says why: the why of the proc the stepping thread is in, beside what it did. */
class NarrationWhyTest {
    private static RunIndex run(String sample, String release, int steps) {
        var loaded = ScenarioLoader.load(Path.of("samples", sample), release);
        Program p = Program.compile(loaded.scenario(), true);
        TraceRecorder r = new TraceRecorder(p, null);
        new ReplayScheduler(Collections.nCopies(steps, 0)).drive(r, steps);
        RunIndex index = new RunIndex(r.trace());
        index.catchUp();
        return index;
    }

    @Test
    void everyStepInsideAModelProcIsNarratedWithThatProcsWhy() {
        RunIndex index = run("v40-hotadd-vs-udev-deadlock.lks", "v4.20", 8);
        var procs = index.trace().program().scenario().procs();
        for (int step = 1; step <= index.indexedSteps(); step++) {
            var taken = index.stepTaken(step);
            NarrationText n = NarrationText.at(index, step);
            if (taken.stack().isEmpty()) {
                assertEquals("", n.why(), "a step of the thread body has no proc");
                continue;
            }
            String frame = taken.stack().get(0);
            String proc = frame.substring(0, frame.indexOf('(') > 0 ? frame.indexOf('(') : frame.indexOf(" @ "));
            assertEquals(procs.get(proc).why(), n.why(), "step " + step + " in " + proc);
            assertTrue(!n.why().isEmpty(), "step " + step + ": every model proc says why");
        }
    }

    @Test
    void theLockDeviceHotplugSysfsStepSaysWhyItIsATrylock() {
        // v4.20: the online attribute opens its file, takes its active reference, then trylocks device_hotplug_lock.
        RunIndex index = run("v420-online-attr-vs-probe-fixed.lks", null, 10);
        boolean said = false;
        for (int step = 1; step <= index.indexedSteps(); step++) {
            said |= NarrationText.at(index, step).why().contains("restarts the write()");
        }
        assertTrue(said, "some step runs in lock_device_hotplug_sysfs and says why it trylocks");
    }

    @Test
    void beforeTheFirstStepThereIsNoWhy() {
        assertEquals("", NarrationText.at(run("v40-hotadd-vs-udev-deadlock.lks", null, 1), 0).why());
    }
}
