package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.model.BlockState;
import io.lockstep.trace.TraceRecorder;
import io.lockstep.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
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
class MemoryMapViewFxTest {
    private MemoryMapView map;
    private Scene scene;

    @Start
    void start(Stage stage) {
        map = new MemoryMapView();
        scene = new Scene(map, 700, 420);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void cellsTakeTheirStatesColourAndAClickJumpsToTheStepThatChangedTheBlock(FxRobot robot) {
        Trace t = Runs.deadlock();
        List<Integer> jumps = new ArrayList<>();
        robot.interact(() -> {
            map.setOnJump(jumps::add);
            map.update(t, 10);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(map.colorOf(BlockState.OFFLINE), map.cellColor(4), "probe adds block 4 at step 10");
        assertEquals(map.colorOf(BlockState.ABSENT), map.cellColor(5));
        assertEquals(map.colorOf(BlockState.ONLINE), map.cellColor(0));
        assertEquals(Color.web("#2f9e5f"), map.colorOf(BlockState.ONLINE), "the colour comes from lockstep.css");

        Bounds cell = map.cellBounds(4);
        WritableImage shot = snapshot();
        Color pixel = shot.getPixelReader().getColor((int) cell.getCenterX(), (int) (cell.getMaxY() - 6));
        assertTrue(close(map.colorOf(BlockState.OFFLINE), pixel), "painted " + pixel);

        Bounds screen = map.localToScreen(cell);
        robot.clickOn(new Point2D(screen.getCenterX(), screen.getCenterY()));
        assertEquals(List.of(10), jumps);
    }

    @Test
    void aScenarioWithoutMemoryShowsNoLegend(FxRobot robot) {
        Trace withMemory = Runs.deadlock();
        robot.interact(() -> map.update(withMemory, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".lk-map-legend").queryAll().stream().allMatch(javafx.scene.Node::isVisible));
        Program chain = Runs.program("chain.lks", "scenario \"two locks, no memory\"\nlock a : mutex\nlock b : mutex\nthread \"t\" { lock a\n lock b\n unlock b\n unlock a }\n");
        TraceRecorder r = new TraceRecorder(chain, null);
        r.step(0); // thread indices are 0-based
        robot.interact(() -> map.update(r.trace(), 1));
        WaitForAsyncUtils.waitForFxEvents();
        // an imported lockdep chain has no blocks: a legend there would sit unplaced over the caption
        assertTrue(robot.lookup(".lk-map-legend").queryAll().stream().noneMatch(javafx.scene.Node::isVisible));
    }

    @Test
    void aLostUpdateIsMarkedOnItsZone(FxRobot robot) {
        Trace t = Runs.lostUpdate();
        robot.interact(() -> map.update(t, t.size()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.accountingText("Movable").toUpperCase().contains("LOST UPDATE"), map.accountingText("Movable"));
        assertTrue(map.accountingText("Normal").contains("="), map.accountingText("Normal"));
        assertTrue(robot.lookup(".lk-map-accounting").queryAll().stream()
                .anyMatch(n -> n.getPseudoClassStates().contains(ZoneBand.LOST_UPDATE)));
    }

    @Test
    void theColourBlindStyleSheetRepaintsTheCells(FxRobot robot) {
        Trace t = Runs.deadlock();
        robot.interact(() -> map.update(t, 26));
        Color before = map.cellColor(0);
        robot.interact(() -> {
            Theme.apply(scene, false, ColorTheme.COLORBLIND);
            map.applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, map.cellColor(0));
        assertEquals(Color.web("#0072b2"), map.cellColor(0), "online in the colour-blind palette");
    }

    private WritableImage snapshot() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)));
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.03 && Math.abs(a.getGreen() - b.getGreen()) < 0.03
                && Math.abs(a.getBlue() - b.getBlue()) < 0.03;
    }
}
