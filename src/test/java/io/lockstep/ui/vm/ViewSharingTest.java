package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.share.SavedView;
import io.lockstep.share.SavedViewFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save the view on screen, open it in another session: the same model, step and verdicts. */
class ViewSharingTest {
    @TempDir
    Path dir;

    private static List<Badge.Status> badges(SessionViewModel s) {
        return s.verdicts().badges().stream().map(Badge::status).toList();
    }

    @Test
    void aSavedViewOpensAtTheSameStepUnderTheSameModelWithTheSameVerdicts() throws Exception {
        Path file = dir.resolve("shared.lkview");
        List<Badge.Status> before;
        List<Integer> schedule;
        try (SessionViewModel a = new SessionViewModel()) {
            Pump pump = new Pump(a);
            assertTrue(a.open(Samples.read(Samples.HEADLINE)));
            pump.settle();
            a.find(Finding.Kind.DEADLOCK);
            pump.until(() -> a.run().recordedStepsProperty().get() == 26 && !a.run().isBusy());
            a.setSwitch("fix_30467e0b3be", true);
            pump.until(() -> !a.run().isBusy() && a.run().trace().program().scenario().switchOn("fix_30467e0b3be"));
            a.run().seek(9);
            pump.until(() -> a.verdicts().result() != null);
            pump.settle();
            schedule = a.run().recordedSchedule();
            before = badges(a);
            String said = new ViewSharing(a).save(file, "dark");
            assertTrue(said.startsWith("Saved this view (step 9 of " + schedule.size() + ")"), said);
        }
        SavedView view = SavedViewFile.read(Files.readString(file));
        assertEquals("dark", view.theme());
        assertTrue(view.modelFingerprint().startsWith("sha256:"));
        try (SessionViewModel b = new SessionViewModel()) {
            Pump pump = new Pump(b);
            assertTrue(new ViewSharing(b).open(ViewSharing.read(file)));
            pump.until(() -> !b.run().isBusy() && b.run().trace() != null
                    && b.run().trace().program().scenario().switchOn("fix_30467e0b3be"));
            pump.until(() -> b.verdicts().result() != null);
            pump.settle();
            assertEquals(9, b.run().shownStepProperty().get());
            assertEquals(schedule, b.run().recordedSchedule());
            assertEquals(before, badges(b));
            assertTrue(b.statusProperty().get().startsWith("Opened the saved view at step 9"), b.statusProperty().get());
            assertEquals("kernel model v4.0 fix_30467e0b3be=on (the file is written for v4.0)", b.modelTextProperty().get());
        }
    }
}
