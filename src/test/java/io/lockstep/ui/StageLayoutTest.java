package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Scenarios;
import io.lockstep.event.Finding;
import io.lockstep.ui.stage.StageLayout;
import io.lockstep.ui.vm.ScenarioSource;
import io.lockstep.ui.vm.SessionViewModel;
import io.lockstep.ui.vm.StepView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode on a projector: at 1920x1080 and at 1280x720, on every sample's last step, no
 * label is cut short, no two texts overlap, nothing leaves the screen, and at 1920x1080 no text is
 * smaller than 24 px. The walk covers the whole stage: header, graph, thread cards, lanes, caption.
 */
@ExtendWith(ApplicationExtension.class)
class StageLayoutTest {
    private final List<MainWindow> windows = new ArrayList<>();
    private final List<SessionViewModel> sessions = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        for (MainWindow w : windows) {
            WaitForAsyncUtils.asyncFx(w::stop).get();
        }
        sessions.forEach(SessionViewModel::close);
    }

    @Test
    void everySampleReadsFromTheBackRowAtBothProjectorSizes() throws Exception {
        List<String> problems = new ArrayList<>();
        problems.addAll(audit(1920, 1080, 24));
        problems.addAll(audit(1280, 720, 0));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void clickerKeysStepBlankAndLeave(FxRobot robot) throws Exception {
        MainWindow w = open(1280, 720);
        SessionViewModel s = w.session();
        ScenarioSource source = ScenarioSource.read(Path.of("samples", "v40-hotadd-vs-udev-deadlock.lks"));
        FxWait.fx(() -> s.open(source), 60);
        waitShown(s, -1);
        FxWait.fx(() -> {
            s.run().home();
            return null;
        });
        waitShown(s, 0);
        FxWait.fx(() -> {
            w.togglePresentation();
            return null;
        });
        robot.push(KeyCode.PAGE_DOWN);
        waitShown(s, 1);
        robot.push(KeyCode.SPACE);
        waitShown(s, 2);
        robot.push(KeyCode.PAGE_UP);
        waitShown(s, 1);
        String caption = FxWait.fx(() -> w.stageLayout().captionText());
        assertFalse(caption.isBlank(), "the caption tells the step");
        robot.push(KeyCode.L);
        assertTrue(FxWait.fx(() -> w.stageLayout().laserOn()), "L lights the laser pointer");
        robot.push(KeyCode.B);
        assertTrue(FxWait.fx(w::blanked));
        robot.push(KeyCode.PAGE_DOWN);
        assertEquals(1, (int) FxWait.fx(() -> s.run().currentProperty().get().step()), "nothing steps behind a blank screen");
        robot.push(KeyCode.PERIOD);
        assertFalse(FxWait.fx(w::blanked));
        robot.push(KeyCode.ESCAPE);
        assertFalse(FxWait.fx(w::presenting), "Esc leaves the stage");
        assertTrue(FxWait.fx(() -> w.scene().lookup("#stage") == null), "the window is back");
    }

    private List<String> audit(int width, int height, double minSize) throws Exception {
        MainWindow w = open(width, height);
        SessionViewModel s = w.session();
        List<String> problems = new ArrayList<>();
        FxWait.fx(() -> {
            w.togglePresentation();
            return null;
        });
        for (Path sample : Scenarios.sampleFiles().toList()) {
            ScenarioSource source = ScenarioSource.read(sample);
            FxWait.fx(() -> s.open(source), 60);
            waitShown(s, -1);
            goToLastStep(s);
            // The graph lays itself out once the exploration is in: look again (for up to 3 s) until it
            // has settled; a problem that stays is reported.
            List<String> found = List.of();
            for (int attempt = 0; attempt < 30; attempt++) {
                found = FxWait.fx(() -> {
                    StageLayout stage = w.stageLayout();
                    stage.applyCss();
                    stage.layout();
                    return StageAudit.of(stage, minSize);
                }, 60);
                if (found.isEmpty()) {
                    break;
                }
                WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            found.forEach(p -> problems.add(width + "x" + height + " " + sample.getFileName() + ": " + p));
            Labeled caption = FxWait.fx(() -> (Labeled) w.scene().lookup("#stage-caption-headline"));
            assertFalse(FxWait.fx(caption::getText).isBlank(), sample + ": the caption is empty");
        }
        return problems;
    }

    /**
     * A sample's last step: the end of its first finding's shortest schedule (deadlock first, as
     * a talk would show it), or, for a sample that finds nothing, the end of a run to completion.
     */
    private static void goToLastStep(SessionViewModel s) {
        for (Finding.Kind kind : List.of(Finding.Kind.DEADLOCK, Finding.Kind.INVERSION, Finding.Kind.GUARDED_INVERSION,
                Finding.Kind.RACE, Finding.Kind.VIOLATION)) {
            if (!FxWait.fx(() -> s.verdicts().result().ofKind(kind).isEmpty())) {
                String before = FxWait.fx(() -> s.run().originProperty().get());
                FxWait.fx(() -> {
                    s.find(kind);
                    return null;
                }, 60);
                FxWait.waitUntil("the " + kind + " schedule", () -> !s.run().isBusy()
                        && !s.run().originProperty().get().equals(before), 60);
                FxWait.fx(() -> {
                    s.run().end();
                    return null;
                });
                waitShown(s, -2);
                return;
            }
        }
        for (int i = 0; i < 600; i++) {
            StepView v = FxWait.fx(() -> s.run().currentProperty().get());
            if (v.atEnd() && v.nextThread() < 0) {
                return;
            }
            FxWait.fx(() -> {
                s.run().stepForward();
                return null;
            });
            FxWait.waitUntil("a step", () -> !s.run().isBusy(), 30);
        }
        waitShown(s, -1);
    }

    private MainWindow open(int width, int height) throws Exception {
        SessionViewModel s = new SessionViewModel();
        sessions.add(s);
        MainWindow w = FxWait.fx(() -> {
            Stage stage = new Stage();
            MainWindow m = new MainWindow(stage, s, width, height);
            stage.show();
            return m;
        }, 60);
        windows.add(w);
        assertEquals(width, FxWait.fx(() -> w.scene().getWidth()), 0.5, "the scene keeps the projector's width");
        return w;
    }

    /** Waits for the verdicts and for the shown step: {@code step} -1 any, -2 the end of the run. */
    private static void waitShown(SessionViewModel s, int step) {
        FxWait.waitUntil("step " + step, () -> {
            StepView v = s.run().currentProperty().get();
            return v != null && !s.run().isBusy() && !s.verdicts().exploringProperty().get()
                    && (step == -1 || step == -2 && v.atEnd() || v.step() == step);
        }, 60);
        // A few frames, so the frame loop has fed the views this step.
        WaitForAsyncUtils.sleep(120, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
