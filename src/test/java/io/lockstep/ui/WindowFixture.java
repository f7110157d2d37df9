package io.lockstep.ui;

import io.lockstep.ui.vm.RunViewModel;
import io.lockstep.ui.vm.ScenarioSource;
import io.lockstep.ui.vm.SessionViewModel;
import io.lockstep.ui.vm.StepView;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the headless screen's 1280x800 with one sample open, as every window test starts,
 * and the waits they share. A test class names its sample.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowFixture {
    protected SessionViewModel session;
    protected MainWindow window;
    protected RunViewModel run;

    /** The sample the window opens, such as "v40-hotadd-vs-udev-deadlock.lks". */
    protected abstract String sample();

    /** What a subclass's {@code @Start} method calls: TestFX looks for it in the test class itself. */
    protected void openWindow(Stage stage) throws Exception {
        session = new SessionViewModel();
        run = session.run();
        window = new MainWindow(stage, session, 1280, 800);
        session.open(ScenarioSource.read(Path.of("samples", sample())));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> window.stop()).get();
        session.close();
    }

    protected static <T> T fx(Callable<T> read) {
        return FxWait.fx(read);
    }

    protected static void waitUntil(String what, Callable<Boolean> condition) {
        FxWait.waitUntil(what, condition, 30);
    }

    protected void waitForStep(int step) {
        waitUntil("step " + step + " is shown", () -> {
            StepView v = run.currentProperty().get();
            return v != null && v.step() == step && !run.isBusy();
        });
    }

    protected void waitForVerdicts() {
        waitUntil("the verdicts are in", () -> !session.verdicts().exploringProperty().get()
                && session.verdicts().result() != null && run.currentProperty().get() != null);
    }
}
