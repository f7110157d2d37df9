package io.lockstep.ui;

import io.lockstep.ui.compare.CompareRequest;
import io.lockstep.ui.compare.CompareWindow;
import io.lockstep.ui.compare.WindowComparison;
import io.lockstep.ui.export.Capture;
import io.lockstep.ui.screenshot.CompareScreenshotTaker;
import io.lockstep.ui.vm.ExplorationService;
import io.lockstep.ui.vm.ModelVariant;
import io.lockstep.ui.vm.ScenarioSource;
import io.lockstep.ui.vm.SessionViewModel;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/** {@code --compare SPEC} from the command line: the compare view over the window, or as the screenshot. */
final class CompareLaunch {
    private CompareLaunch() {}

    /** Opens the compare view over the main window once its run is on screen. */
    static void open(Stage owner, SessionViewModel session, ModelVariant right) {
        // The session's first run arrives from the engine thread a frame or two later; wait for it.
        javafx.animation.AnimationTimer wait = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (session.run().currentProperty().get() != null) {
                    stop();
                    WindowComparison.open(owner, session, right);
                }
            }
        };
        wait.start();
    }

    /** Renders the compare view of {@code options} on the primary stage to the screenshot file. */
    static void screenshot(Stage stage, LaunchOptions options, IntConsumer onDone) throws IOException {
        ModelVariant left = new ModelVariant(options.release(), Map.of());
        int start = options.steps() == null ? 0 : options.steps();
        CompareRequest request = new CompareRequest(ScenarioSource.read(options.file()), left, options.compare(),
                List.of(), options.schedule(), start, options.rules(), ExplorationService.SCREENSHOT_LIMITS);
        CompareWindow window = new CompareWindow(stage, request, options.width(), options.height(), options.theme());
        stage.setResizable(false);
        // render draws the view through the drawing interface; --screenshot snapshots it as shown
        Capture capture = options.render() ? Capture.drawn(() -> window.scene().getRoot()) : Capture.scene(window.scene());
        new CompareScreenshotTaker(window, capture, options.screenshot(), options.schedule() != null, code -> {
            window.close();
            onDone.accept(code);
        }, System.err).start();
        stage.show();
        Platform.runLater(() -> window.scene().getRoot().requestFocus());
    }
}
