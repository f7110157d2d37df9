package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.ui.compare.WindowComparison;
import io.lockstep.ui.view.ColorTheme;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.view.MemoryMapView;
import io.lockstep.ui.vm.ModelVariant;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The palettes switched by F6 and by the Theme menu: the scene's sheets change, and so do the canvases. */
class ThemeWindowTest extends WindowFixture {
    @Override
    protected String sample() {
        return "v40-hotadd-vs-udev-deadlock.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void f6StepsThroughThePalettesAndTheCanvasesFollow(FxRobot robot) {
        waitForVerdicts();
        assertEquals(Color.web("#ffffff"), timelineCorner(robot), "the light timeline's surface");
        assertEquals(Color.web("#2f9e5f"), fx(() -> map(robot).cellColor(0)), "block 0 online, light");
        robot.type(KeyCode.F6);
        waitUntil("the dark sheet is on", () -> sheets().stream().anyMatch(s -> s.endsWith("/dark.css")));
        assertEquals(ColorTheme.DARK, fx(window::theme));
        waitUntil("the cells are recoloured", () -> map(robot).cellColor(0).equals(Color.web("#34b870")));
        waitUntil("the timeline is repainted dark", () -> timelineCorner(robot).equals(Color.web("#1e2230")));
        assertTrue(fx(() -> selected(robot).equals("theme-dark")), "the menu ticks dark");
        robot.type(KeyCode.F6);
        waitUntil("high contrast", () -> sheets().stream().anyMatch(s -> s.endsWith("/high-contrast.css")));
        robot.type(KeyCode.F6, 2);
        waitUntil("round to light", () -> fx(window::theme) == ColorTheme.LIGHT);
        assertEquals(3, fx(() -> sheets().size()), "lockstep.css, panels.css and stage.css only: " + fx(this::sheets));
        waitUntil("the timeline is light again", () -> timelineCorner(robot).equals(Color.web("#ffffff")));
    }

    @Test
    void theThemeMenuSwitchesToTheColourBlindPalette(FxRobot robot) {
        waitForVerdicts();
        robot.clickOn("#theme-menu");
        robot.clickOn("#theme-colorblind");
        waitUntil("the colour-blind sheet is on", () -> sheets().stream().anyMatch(s -> s.endsWith("/colorblind.css")));
        waitUntil("online is Okabe-Ito blue", () -> map(robot).cellColor(0).equals(Color.web("#0072b2")));
        assertEquals(ColorTheme.COLORBLIND, fx(window::theme));
        // Presentation is about size and stacks under the palette, which comes last so that its rules win.
        robot.type(KeyCode.F5);
        waitUntil("presentation on", () -> sheets().stream().anyMatch(s -> s.endsWith("/presentation.css")));
        List<String> s = fx(this::sheets);
        assertTrue(s.get(s.size() - 1).endsWith("/colorblind.css"), s.toString());
        assertTrue(fx(() -> window.scene().lookup("#stage") != null), "presentation shows the stage layout");
    }

    @Test
    void theCompareViewOpensInTheWindowsPalette(FxRobot robot) {
        waitForVerdicts();
        robot.type(KeyCode.F6);
        waitUntil("dark", () -> fx(window::theme) == ColorTheme.DARK);
        assertTrue(fx(() -> WindowComparison.open(window.scene().getWindow(), session, new ModelVariant("v4.20", Map.of()))));
        waitUntil("the compare window is up", () -> compareScene() != null);
        List<String> s = fx(() -> List.copyOf(compareScene().getStylesheets()));
        assertTrue(s.get(s.size() - 1).endsWith("/dark.css"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.endsWith("/compare.css")), s.toString());
        // F6 in the main window recolours the open comparison too.
        fx(() -> {
            window.setTheme(ColorTheme.HIGH_CONTRAST);
            return null;
        });
        List<String> after = fx(() -> List.copyOf(compareScene().getStylesheets()));
        assertTrue(after.get(after.size() - 1).endsWith("/high-contrast.css"), after.toString());
    }

    private static Scene compareScene() {
        return Window.getWindows().stream().map(Window::getScene)
                .filter(sc -> sc != null && sc.getStylesheets().stream().anyMatch(x -> x.endsWith("/compare.css")))
                .findFirst().orElse(null);
    }

    private List<String> sheets() {
        return List.copyOf(window.scene().getStylesheets());
    }

    private static MemoryMapView map(FxRobot robot) {
        return robot.lookup(".lk-memory-map").queryAs(MemoryMapView.class);
    }

    /** The top-left pixel of the timeline: its label column, painted in the surface colour. */
    private static Color timelineCorner(FxRobot robot) {
        LockTimelineView t = robot.lookup(".lk-lock-timeline").queryAs(LockTimelineView.class);
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> t.snapshot(null, null)))
                .getPixelReader().getColor(2, 2);
    }

    private static String selected(FxRobot robot) {
        MenuButton menu = robot.lookup("#theme-menu").queryAs(MenuButton.class);
        return menu.getItems().stream().filter(i -> ((RadioMenuItem) i).isSelected()).map(i -> i.getId())
                .findFirst().orElse("");
    }
}
