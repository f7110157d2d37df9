package io.lockstep.ui;

import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.Loaded;
import io.lockstep.ui.export.Capture;
import io.lockstep.ui.screenshot.ScreenshotTaker;
import io.lockstep.ui.vm.BundledSamples;
import io.lockstep.ui.vm.ExplorationService;
import io.lockstep.ui.vm.ScenarioSource;
import io.lockstep.ui.vm.SessionViewModel;
import io.lockstep.ui.vm.ViewSharing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's entry point: {@code lockstep} opens the headline sample, {@code lockstep FILE.lks}
 * opens a file, {@code lockstep --screenshot OUT.png ... FILE.lks} renders the window to a PNG and
 * exits (0 written, 1 failed, 2 bad arguments or an invalid file, with the file's position and
 * message). Arguments are checked before JavaFX starts, so a mistake never opens a window.
 */
public final class App extends Application {
    private static volatile int exitCode;

    private SessionViewModel session;
    private MainWindow window;

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (LaunchOptions.UsageError e) {
            System.err.println("lockstep: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        String problem = preflight(options);
        if (problem != null) {
            System.err.println(problem);
            System.exit(2);
            return;
        }
        QUIET_STARTUP.setLevel(Level.SEVERE);
        try {
            launch(App.class, args);
        } catch (RuntimeException e) {
            System.err.println("lockstep: cannot open the window: " + rootMessage(e));
            System.err.println("  Without a display, use the command line (lockstep check FILE.lks), or run the window"
                    + " under Xvfb: xvfb-run -a java -jar lockstep.jar ...");
            System.exit(1);
        }
        System.exit(exitCode);
    }

    /**
     * JavaFX warns on every start that it was loaded from the class path; it is harmless here (see
     * toolchain.md) and would only clutter a screenshot run's output. Kept in a field: JUL holds
     * loggers weakly, and a collected logger forgets its level.
     */
    static final Logger QUIET_STARTUP = Logger.getLogger("javafx");

    static int exitCode() {
        return exitCode;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * What stops the window from starting, said for a person, or null. A file that cannot be read
     * stops it; an invalid file stops only a screenshot without {@code --editor} (the window opens the
     * editor on its errors).
     */
    static String preflight(LaunchOptions options) {
        if (options.file() == null) {
            return null;
        }
        if (isSavedView(options.file())) {
            try {
                ViewSharing.read(options.file());
                return null;
            } catch (IOException | RuntimeException | io.lockstep.share.SavedViewFile.Invalid e) {
                return "lockstep: cannot open the saved view " + options.file() + ": " + describe(e);
            }
        }
        ScenarioSource source;
        try {
            source = ScenarioSource.read(options.file());
        } catch (IOException | RuntimeException e) {
            return "lockstep: cannot read " + options.file() + ": " + describe(e);
        }
        if (!options.screenshotMode() || options.editor()) {
            return null; // the window, or a picture of the editor, shows the errors
        }
        Loaded loaded = source.load(options.release());
        if (loaded.ok()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : loaded.errors()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(d.format());
        }
        return sb.toString();
    }

    private static boolean isSavedView(Path file) {
        return file.toString().endsWith(io.lockstep.share.SavedView.EXTENSION);
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void start(Stage stage) throws Exception {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        if (options.screenshotMode() && options.compare() != null) {
            CompareLaunch.screenshot(stage, options, code -> {
                exitCode = code;
                Platform.exit();
            });
            return;
        }
        session = options.screenshotMode() ? new SessionViewModel(ExplorationService.SCREENSHOT_LIMITS)
                : new SessionViewModel();
        session.setCheckRules(options.rules());
        double[] size = windowSize(options);
        window = new MainWindow(stage, session, size[0], size[1]);
        if (options.presentation()) {
            window.togglePresentation();
        }
        window.setTheme(options.theme());
        if (options.file() != null && isSavedView(options.file())) {
            window.openView(ViewSharing.read(options.file())); // read once already by preflight
            if (getParameters().getRaw().contains("--theme")) {
                window.setTheme(options.theme()); // the command line's theme over the view's
            }
        } else {
            ScenarioSource source = options.file() != null ? ScenarioSource.read(options.file())
                    : BundledSamples.headline(Path.of(""));
            if (session.open(source) && options.release() != null) {
                session.switchRelease(options.release());
            }
        }
        if (options.editor()) {
            session.editor().setOpen(true);
        }
        if (options.screenshotMode()) {
            stage.setResizable(false);
        }
        stage.show();
        if (options.screenshotMode()) {
            shoot(options);
        }
        if (options.compare() != null) {
            CompareLaunch.open(stage, session, options.compare());
        }
    }

    /**
     * Drives the shown window to the requested step and writes the file. A view alone is taken out
     * of the window once the window is shown: the split panes make their children only then.
     */
    private void shoot(LaunchOptions options) {
        Capture capture;
        try {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            capture = options.render() ? RenderTarget.capture(window.scene(), options.view())
                    : Capture.scene(window.scene());
        } catch (IllegalStateException e) {
            System.err.println("lockstep render: " + e.getMessage());
            exitCode = 1;
            Platform.exit();
            return;
        }
        new ScreenshotTaker(capture, session, options.screenshot(), options.steps(), options.schedule(), code -> {
            exitCode = code;
            Platform.exit();
        }, System.err).start();
    }

    /** The requested size for a screenshot; otherwise 1600×1000, or less on a smaller screen. */
    private static double[] windowSize(LaunchOptions options) {
        if (options.screenshotMode()) {
            return new double[] {options.width(), options.height()};
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new double[] {Math.min(options.width(), screen.getWidth()), Math.min(options.height(), screen.getHeight())};
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
        if (session != null) {
            session.close();
        }
    }
}
