package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.explore.SwitchMatrix;
import io.lockstep.ui.vm.ScenarioSource;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The story of the series in the window: the v4.18 hot-add vs udev threads, patch 3 switched on from
 * the Patches menu (the 2015 deadlock is back, and the user keeps their step), then the matrix, whose
 * row "patch2 and patch3 on" runs the guarded state.
 */
class SeriesWindowTest extends WindowFixture {
    @Override
    protected String sample() {
        return "v418-hotadd-vs-udev.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }


    private String badge(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryButton().getAccessibleText());
    }

    /** The visible edge labels of the graph on screen, sorted: the steps that made each edge. */
    private java.util.List<String> edgeLabelsOnScreen() {
        return fx(() -> window.scene().getRoot().lookupAll("." + io.lockstep.ui.view.StyleClasses.GRAPH_EDGE_LABEL)
                .stream().filter(javafx.scene.Node::isVisible).map(n -> ((Label) n).getText()).sorted().toList());
    }

    /** The first step of each lock-order edge up to {@code step} of a fresh run of the same choices. */
    private java.util.List<String> edgeStepsOfAFreshRun(int step) {
        return fx(() -> {
            var fresh = new io.lockstep.explore.ReplayScheduler(run.recordedSchedule())
                    .drive(new io.lockstep.trace.TraceRecorder(run.trace().program(), null), step);
            java.util.Map<String, Integer> first = new java.util.LinkedHashMap<>();
            fresh.forEachEvent(0, step, e -> {
                if (e instanceof io.lockstep.event.LockOrderEdge o) {
                    first.putIfAbsent(o.from() + "->" + o.to(), o.step());
                }
            });
            return first.values().stream().map(String::valueOf).sorted().toList();
        });
    }

    @Test
    void changingTheReleaseAtStep14LandsThereWithTheNewRunsEdgeLabels(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.open(ScenarioSource.read(Path.of("samples",
                "v40-hotadd-vs-udev-deadlock.lks")))).get();
        waitForVerdicts();
        robot.clickOn("#find-deadlock");
        waitUntil("the deadlock schedule is loaded", () -> run.recordedStepsProperty().get() == 26 && !run.isBusy());
        WaitForAsyncUtils.asyncFx(() -> run.seek(14)).get();
        waitForStep(14);
        java.util.List<String> before = edgeLabelsOnScreen();
        robot.clickOn("#release-v4-20");
        waitUntil("v4.20 is on screen", () -> "v4.20".equals(run.program().scenario().release()) && !run.isBusy()
                && run.trace().program() == run.program());
        int landed = fx(() -> Math.min(14, run.recordedStepsProperty().get()));
        waitForStep(landed);
        WaitForAsyncUtils.waitForFxEvents();
        String status = fx(() -> session.statusProperty().get());
        assertTrue(status.contains(landed == 14 ? "step 14 again" : "the runs part"), status);
        java.util.List<String> after = edgeLabelsOnScreen();
        assertEquals(edgeStepsOfAFreshRun(landed), after, "every edge label is the fresh v4.20 run's");
        assertTrue(!after.equals(before), "v4.0's step numbers are gone: " + before + " vs " + after);
        assertTrue(fx(() -> robot.lookup("#scenario-title").queryAs(Label.class).getText()).startsWith("Under v4.20 · "));
    }

    @Test
    void aGifOfTheRunHasAFramePerStepAndOneForStep0(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        waitForVerdicts();
        Path out = dir.resolve("run.gif");
        java.util.concurrent.atomic.AtomicInteger code = new java.util.concurrent.atomic.AtomicInteger(-1);
        WaitForAsyncUtils.asyncFx(() -> new io.lockstep.ui.screenshot.ScreenshotTaker(window.scene(), session, out, 5,
                null, code::set, System.err).start());
        waitUntil("the GIF is written", () -> code.get() >= 0);
        assertEquals(0, code.get());
        var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = javax.imageio.ImageIO.createImageInputStream(out.toFile())) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true), "steps 0 to 5");
            assertEquals(1280, reader.getWidth(0));
        }
    }

    @Test
    void theRulesWindowLightsUpTheRuleTheShownStepBreaks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.open(ScenarioSource.read(Path.of("samples",
                "v40-hotadd-vs-udev-deadlock.lks")))).get();
        waitForVerdicts();
        robot.clickOn("#help-menu");
        robot.clickOn("#help-rules");
        waitUntil("the rules are listed", () -> window.rulesWindow().rows().size() == 7);
        // v4.0's probe adds memory without device_hotplug_lock before its first step: step 0 breaks the add rule.
        javafx.css.PseudoClass broken = javafx.css.PseudoClass.getPseudoClass("broken");
        waitUntil("a rule is lit as broken", () -> window.rulesWindow().rows().stream()
                .anyMatch(l -> l.getPseudoClassStates().contains(broken) && l.getText().startsWith("Hold device_hotplug_lock")));
        WaitForAsyncUtils.asyncFx(() -> window.rulesWindow().stage().hide()).get();
    }

    @Test
    void bBlanksTheScreenAndEscLeavesBlankThenPresentation(FxRobot robot) {
        waitForVerdicts();
        robot.type(KeyCode.F5);
        robot.type(KeyCode.B);
        assertTrue(fx(() -> window.blanked()), "B blanks the screen");
        robot.type(KeyCode.SPACE);
        assertEquals(0, fx(() -> run.shownStepProperty().get()), "nothing steps behind a blank screen");
        robot.type(KeyCode.PERIOD);
        assertTrue(!fx(() -> window.blanked()), "'.' brings it back");
        robot.type(KeyCode.B);
        robot.type(KeyCode.ESCAPE);
        assertTrue(!fx(() -> window.blanked()), "Esc first leaves the blank screen");
        assertTrue(fx(() -> window.scene().getStylesheets().stream().anyMatch(c -> c.endsWith("presentation.css"))));
        robot.type(KeyCode.ESCAPE);
        assertTrue(fx(() -> window.scene().getStylesheets().stream().noneMatch(c -> c.endsWith("presentation.css"))),
                "then Esc leaves presentation mode");
    }

    @Test
    void aStackFrameExplainsItsProcWithItsWhy(FxRobot robot) {
        waitForVerdicts();
        robot.type(KeyCode.SPACE, 2);
        waitForStep(2);
        java.util.List<String> tips = fx(() -> robot.lookup(".lk-thread-frame .label").queryAll().stream()
                .map(n -> ((Label) n).getTooltip()).filter(java.util.Objects::nonNull).map(t -> t.getText()).toList());
        assertTrue(tips.stream().anyMatch(t -> t.startsWith("add_memory @ mm/memory_hotplug.c:add_memory\nIn v4.18 add_memory() takes no device_hotplug_lock")),
                tips.toString());
    }

    @Test
    void theWindowFitsA1280PixelScreenWithEveryHeaderControl() {
        waitForVerdicts();
        double min = fx(() -> window.scene().getRoot().minWidth(-1));
        assertTrue(min <= 1280, "the window needs " + min + " pixels: the header's controls would push the threads off screen");
    }

    @Test
    void flippingPatch3KeepsTheStepAndBringsTheDeadlockBack(FxRobot robot) {
        waitForVerdicts();
        assertEquals("Deadlock: none", badge(robot, "#find-deadlock"));
        robot.type(KeyCode.SPACE, 3);
        waitForStep(3);
        robot.clickOn("#switch-menu");
        robot.clickOn("#switch-patch3");
        waitUntil("patch 3 is on", () -> run.program().scenario().switchOn("patch3"));
        waitForStep(3);
        waitForVerdicts();
        waitUntil("the deadlock badge says found", () -> badge(robot, "#find-deadlock").startsWith("Deadlock: found"));
        assertTrue(fx(() -> session.statusProperty().get()).contains("so this is step 3 again"),
                fx(() -> session.statusProperty().get()));
        String model = fx(() -> robot.lookup("#scenario-model").queryAs(Label.class).getText());
        assertTrue(model.endsWith("kernel model v4.18 patch3=on (the file is written for v4.18)"), model);
        assertTrue(fx(() -> robot.lookup("#switch-menu").queryAs(javafx.scene.control.MenuButton.class).getText())
                .equals("Patches (1 of 6 on)"));
    }

    @Test
    void theMatrixFillsInAndARowRunsItsCombination(FxRobot robot) {
        waitForVerdicts();
        robot.clickOn("#switch-menu");
        robot.clickOn("#switch-matrix");
        waitUntil("64 rows are explored", () -> session.matrix().rows().size() == 64
                && !session.matrix().runningProperty().get());
        int guardedRow = fx(() -> {
            var rows = session.matrix().rows();
            for (int i = 0; i < rows.size(); i++) {
                var values = rows.get(i).values();
                if (values.get("patch2") && values.get("patch3") && !values.get("patch1") && !values.get("patch4")
                        && !values.get("patch5") && !values.get("probe_unlock_bug")) {
                    return i;
                }
            }
            return -1;
        });
        SwitchMatrix.Row row = fx(() -> session.matrix().rows().get(guardedRow));
        assertEquals(SwitchMatrix.Cell.FOUND, row.cells().get(Finding.Kind.GUARDED_INVERSION));
        assertEquals(SwitchMatrix.Cell.NONE, row.cells().get(Finding.Kind.DEADLOCK));
        WaitForAsyncUtils.asyncFx(() -> window.matrixWindow().table().getSelectionModel().select(guardedRow));
        waitUntil("the window runs patches 2 and 3", () -> run.program().scenario().switchOn("patch2")
                && run.program().scenario().switchOn("patch3") && !run.program().scenario().switchOn("patch1"));
        waitForVerdicts();
        waitUntil("the guarded badge says found", () -> badge(robot, "#find-guarded-inversion").startsWith("Guarded inversion: found"));
    }
}
