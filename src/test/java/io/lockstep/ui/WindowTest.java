package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.ui.screenshot.ScreenshotTaker;
import io.lockstep.ui.vm.StepView;
import io.lockstep.ui.vm.ThreadSnapshot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a user drives it (headless, Monocle): open the headline sample, step each thread,
 * step back, scrub, switch the release, find a deadlock and replay it, break the scenario in the
 * editor and see the error, take a screenshot.
 */
class WindowTest extends WindowFixture {
    @Override
    protected String sample() {
        return "v40-hotadd-vs-udev-deadlock.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }


    private String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private String badge(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryButton().getAccessibleText());
    }

    @Test
    void clickingAThreadOrPressingItsNumberStepsIt(FxRobot robot) {
        waitForVerdicts();
        robot.clickOn(fx(() -> window.threads().card(0)));
        waitForStep(1);
        assertEquals(0, fx(() -> run.trace().step(1).thread()));
        robot.type(KeyCode.DIGIT2);
        waitForStep(2);
        assertEquals(1, fx(() -> run.trace().step(2).thread()));
        waitUntil("the counter rolled", () -> text(robot, "#step-counter").equals("Step 2 / 2"));
        assertTrue(text(robot, "#narration-headline").startsWith("Step 2 · \"udev\""), text(robot, "#narration-headline"));
    }

    @Test
    void spaceStepsLeftStepsBackAndTheScrubberSeeks(FxRobot robot) {
        waitForVerdicts();
        robot.type(KeyCode.SPACE, 3);
        waitForStep(3);
        robot.type(KeyCode.LEFT);
        waitForStep(2);
        assertEquals(3, fx(() -> run.recordedStepsProperty().get()), "stepping back keeps the recorded steps");
        robot.type(KeyCode.PAGE_UP);
        waitForStep(1);
        robot.type(KeyCode.END);
        waitForStep(3);
        Slider scrubber = robot.lookup("#scrubber").queryAs(Slider.class);
        WaitForAsyncUtils.asyncFx(() -> scrubber.setValue(1));
        waitForStep(1);
        robot.type(KeyCode.HOME);
        waitForStep(0);
    }

    @Test
    void switchingToV420RestartsTheRunAndTheDeadlockBadgeSaysNone(FxRobot robot) {
        waitForVerdicts();
        assertEquals("Deadlock: found · 26 steps", badge(robot, "#find-deadlock"));
        robot.type(KeyCode.SPACE);
        waitForStep(1);
        robot.clickOn("#release-v4-20");
        waitUntil("v4.20 is on screen", () -> "v4.20".equals(session.releaseProperty().get()));
        waitForVerdicts();
        waitForStep(1); // the same thread choice applies under v4.20: the user keeps their place
        waitUntil("the deadlock badge says none", () -> badge(robot, "#find-deadlock").equals("Deadlock: none"));
        assertTrue(fx(() -> session.statusProperty().get()).contains("so this is step 1 again"),
                fx(() -> session.statusProperty().get()));
    }

    @Test
    void findADeadlockLoadsItsScheduleAndTheEndShowsBothThreadsBlocked(FxRobot robot) {
        waitForVerdicts();
        robot.clickOn("#find-deadlock");
        waitUntil("the schedule is loaded", () -> run.recordedStepsProperty().get() == 26 && !run.isBusy());
        robot.type(KeyCode.END);
        waitForStep(26);
        StepView v = fx(() -> run.currentProperty().get());
        assertTrue(v.threads().stream().allMatch(t -> t.status() == ThreadSnapshot.Status.BLOCKED));
        assertTrue(text(robot, "#narration").startsWith("deadlock:"), text(robot, "#narration"));
        assertTrue(v.seen().contains(Finding.Kind.DEADLOCK));
    }

    @Test
    void aBrokenScenarioInTheEditorShowsItsErrorAndKeepsTheRun(FxRobot robot) {
        waitForVerdicts();
        var program = fx(() -> run.program());
        robot.type(KeyCode.SPACE);
        waitForStep(1);
        robot.clickOn("#toggle-editor");
        CodeArea editor = robot.lookup("#editor-text").queryAs(CodeArea.class);
        robot.clickOn(editor);
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.write("\nlock x : mutux\n"); // no prefix of it is valid, so no keystroke reruns the scenario
        ListView<?> problems = robot.lookup("#diagnostics").queryAs(ListView.class);
        waitUntil("the error is listed", () -> problems.getItems().stream()
                .anyMatch(d -> d.toString().contains("unknown lock kind mutux")));
        int line = fx(() -> editor.getText().split("\n", -1).length - 1);
        String row = fx(() -> ((io.lockstep.ui.vm.DiagnosticRow) problems.getItems().get(0)).text());
        assertTrue(row.startsWith("line " + line + ", col 10: unknown lock kind mutux"), row);
        robot.clickOn(robot.lookup("#diagnostics .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        int caretLine = fx(() -> editor.getText().substring(0, editor.getCaretPosition()).split("\n", -1).length);
        assertEquals(line, caretLine, "clicking the error puts the caret on its line");
        assertSame(program, fx(() -> run.program()), "the run on screen stays");
        assertEquals(1, fx(() -> run.currentProperty().get().step()));
        robot.type(KeyCode.ESCAPE).type(KeyCode.SPACE);
        waitForStep(2);
        assertTrue(fx(() -> !editor.getText().endsWith(" ")), "Esc handed Space back to the transport");
    }

    @Test
    void aScreenshotOfTheDeadlockIsWrittenAsAPng(@TempDir Path dir) throws Exception {
        waitForVerdicts();
        Path out = dir.resolve("shot.png");
        AtomicInteger code = new AtomicInteger(-1);
        WaitForAsyncUtils.asyncFx(() -> new ScreenshotTaker(window.scene(), session, out, null, Finding.Kind.DEADLOCK,
                code::set, System.err).start());
        waitUntil("the screenshot is written", () -> code.get() >= 0);
        assertEquals(0, code.get());
        assertEquals(26, fx(() -> run.currentProperty().get().step()));
        BufferedImage image = ImageIO.read(Files.newInputStream(out));
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
    }
}
