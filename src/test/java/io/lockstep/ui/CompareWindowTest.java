package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.ui.compare.CompareRequest;
import io.lockstep.ui.compare.CompareWindow;
import io.lockstep.ui.screenshot.CompareScreenshotTaker;
import io.lockstep.ui.vm.ExplorationService;
import io.lockstep.ui.vm.ModelVariant;
import io.lockstep.ui.vm.ScenarioSource;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The compare view as a user reaches it (headless, Monocle): load the v4.0 deadlock in the window,
 * "Compare with… ▸ v4.20", step both panes, and see the deadlock's cycle gone under v4.20.
 */
class CompareWindowTest extends WindowFixture {
    @Override
    protected String sample() {
        return "v40-hotadd-vs-udev-deadlock.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }


    private static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    private List<String> menuItems(FxRobot robot) {
        MenuButton menu = robot.lookup("#compare-menu").queryAs(MenuButton.class);
        return fx(() -> menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList());
    }

    @Test
    void openTheCompareViewStepBothPanesAndSeeTheCycleGone(FxRobot robot) {
        waitUntil("the verdicts are in", () -> !session.verdicts().exploringProperty().get()
                && run.currentProperty().get() != null);
        robot.clickOn("#find-deadlock");
        waitUntil("the deadlock is loaded", () -> run.recordedStepsProperty().get() == 26 && !run.isBusy());

        robot.clickOn("#compare-menu");
        assertEquals(List.of("v4.18", "v4.20", "v6.14", "v4.0 with fix_30467e0b3be on"), menuItems(robot));
        MenuButton menu = robot.lookup("#compare-menu").queryAs(MenuButton.class);
        WaitForAsyncUtils.asyncFx(() -> {
            menu.hide();
            menu.getItems().stream().filter(i -> "v4.20".equals(i.getText())).findFirst().orElseThrow().fire();
        });
        waitUntil("the compare view shows both runs", () -> text(robot, "#compare-right-name").equals("After: v4.20"));
        assertEquals("Before: v4.0", text(robot, "#compare-left-name"));

        robot.clickOn("#compare-step");
        robot.clickOn("#compare-step");
        robot.type(KeyCode.SPACE);
        waitUntil("both panes are at step 3", () -> text(robot, "#compare-left-step").startsWith("step 3 of 26")
                && text(robot, "#compare-right-step").startsWith("step 3 of "));
        assertTrue(text(robot, "#compare-counter").startsWith("Step 3 / "), text(robot, "#compare-counter"));

        waitUntil("the cycle-gone badge is up", () -> text(robot, "#compare-badge-inversion-gone").equals("cycle gone"));
        assertEquals("deadlock gone", text(robot, "#compare-badge-deadlock-gone"));
        assertEquals("guarded cycle appears", text(robot, "#compare-badge-guarded-inversion-appears"));
        assertTrue(text(robot, "#compare-parting").contains("from step 27 the runs part"), text(robot, "#compare-parting"));

        robot.type(KeyCode.END);
        waitUntil("the left pane stops at its deadlock", () -> text(robot, "#compare-left-step")
                .equals("step 26 of 26 (its run ends here)"));
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.HOME);
        waitUntil("both back at the start", () -> text(robot, "#compare-counter").startsWith("Step 0 / "));
    }

    @Test
    void aV418ModelOffersEachPatchAndAllFive(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.switchRelease("v4.18")).get();
        waitUntil("v4.18 is on screen", () -> run.program() != null && "v4.18".equals(run.program().scenario().release()));
        robot.clickOn("#compare-menu");
        List<String> items = menuItems(robot);
        assertTrue(items.contains("v4.18 with patch3 on"), items.toString());
        assertTrue(items.contains("v4.18 with patches 1–5 on"), items.toString());
        assertTrue(items.contains("v4.0"), items.toString());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aScreenshotOfTheCompareViewIsWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("compare.png");
        CompareRequest request = new CompareRequest(ScenarioSource.read(Path.of("samples", "v418-hotadd-vs-udev.lks")),
                ModelVariant.AS_WRITTEN, new ModelVariant(null, Map.of("patch3", true)), List.of(),
                Finding.Kind.DEADLOCK, 0, true, ExplorationService.SCREENSHOT_LIMITS);
        AtomicInteger code = new AtomicInteger(-1);
        AtomicReference<CompareWindow> shown = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            CompareWindow w = CompareWindow.open(null, request, 1200, 800);
            shown.set(w);
            new CompareScreenshotTaker(w, out, true, code::set, System.err).start();
        });
        waitUntil("the screenshot is written", () -> code.get() >= 0);
        assertEquals(0, code.get());
        assertEquals(23, fx(() -> shown.get().viewModel().stepOf(true)), "at the end: the patched side deadlocked");
        BufferedImage image = ImageIO.read(Files.newInputStream(out));
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
    }
}
