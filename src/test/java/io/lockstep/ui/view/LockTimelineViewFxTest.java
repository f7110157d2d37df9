package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.trace.Trace;
import io.lockstep.ui.view.TimelineRows.Row;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LockTimelineViewFxTest {
    private LockTimelineView timeline;

    @Start
    void start(Stage stage) {
        timeline = new LockTimelineView();
        Scene scene = new Scene(timeline, 900, 360);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private int row(String label) {
        List<String> labels = timeline.rows().stream().map(Row::label).toList();
        assertTrue(labels.contains(label), labels.toString());
        return labels.indexOf(label);
    }

    @Test
    void clickingASegmentJumpsToTheStepItStarts(FxRobot robot) {
        Trace t = Runs.deadlock();
        List<Integer> jumps = new ArrayList<>();
        robot.interact(() -> {
            timeline.setOnJump(jumps::add);
            timeline.update(t, 26);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // udev holds device_lock[4] from step 21; click it at step 24.
        Point2D p = timeline.localToScreen(timeline.pointOf(row("device_lock[4]"), 24));
        robot.clickOn(p);
        assertEquals(List.of(21), jumps);
        // probe holds mem_hotplug_lock from step 2.
        robot.clickOn(timeline.localToScreen(timeline.pointOf(row("mem_hotplug_lock"), 9)));
        assertEquals(List.of(21, 2), jumps);
    }

    @Test
    void aLaneNameTellsTheLocksKindAndWhatItProtects(FxRobot robot) {
        Trace t = Runs.deadlock();
        robot.interact(() -> timeline.update(t, 26));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D lane = timeline.pointOf(row("device_hotplug_lock"), 0);
        robot.interact(() -> timeline.hoverAt(12, lane.getY()));
        String tip = timeline.tooltipText();
        assertTrue(tip != null && tip.startsWith("device_hotplug_lock: mutex, one global lock"), tip);
        assertTrue(tip.contains("\n"), "and what it protects: " + tip);
        Point2D hold = timeline.pointOf(row("mem_hotplug_lock"), 9);
        robot.interact(() -> timeline.hoverAt(hold.getX(), hold.getY()));
        assertTrue(timeline.tooltipText().contains("held by \"probe\""), timeline.tooltipText());
    }

    @Test
    void clickingAGroupHeaderUnfoldsItsLanes(FxRobot robot) {
        io.lockstep.engine.Program p = Runs.program("bench", io.lockstep.ui.bench.BenchScenario.text(64, 4, 1, 60));
        Trace t = new io.lockstep.explore.RandomScheduler(4).drive(new io.lockstep.trace.TraceRecorder(p, null), 3000);
        robot.interact(() -> timeline.update(t, 1500));
        WaitForAsyncUtils.waitForFxEvents();
        int header = row("device_lock[ ]");
        assertTrue(timeline.rows().get(header).header() && !timeline.rows().get(header).expanded(), "many members: folded");
        int before = timeline.rows().size();
        Point2D lane = timeline.pointOf(header, 0);
        robot.clickOn(timeline.localToScreen(new Point2D(12, lane.getY())));
        assertTrue(timeline.rows().get(header).expanded());
        assertEquals(before + timeline.rows().get(header).members(), timeline.rows().size());
    }

    @Test
    void holdsArePaintedInTheThreadsColour(FxRobot robot) {
        Trace t = Runs.deadlock();
        robot.interact(() -> timeline.update(t, 26));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> timeline.snapshot(null, null)));
        Point2D probeHolds = timeline.pointOf(row("mem_hotplug_lock"), 5);
        Color c = shot.getPixelReader().getColor((int) probeHolds.getX(), (int) probeHolds.getY());
        Color probe = Color.web("#2f6fdb"); // -lk-thread-0 in lockstep.css: thread 0 is "probe"
        assertTrue(Math.abs(c.getRed() - probe.getRed()) < 0.03 && Math.abs(c.getBlue() - probe.getBlue()) < 0.03,
                "pixel " + c);
    }
}
