package io.lockstep.ui;

import java.util.List;
import java.util.logging.Level;
import javafx.application.Application;

/**
 * {@code lockstep render}: the window (or one of its views) drawn to a file with no display, as the
 * TestFX tests run: JavaFX on Monocle's headless glass and Prism's software pipeline. The command
 * line reaches it by reflection (see {@code cli.RenderCommand}), so the cli stays free of JavaFX.
 * Returns the exit code: 0 written, 1 failed, 2 bad arguments or an invalid file.
 */
public final class Render {
    private Render() {}

    /** {@code args} are the window's: {@code --render OUT [--view V] ... FILE.lks}. */
    public static int run(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (LaunchOptions.UsageError e) {
            System.err.println("lockstep render: " + e.getMessage());
            return 2;
        }
        String problem = App.preflight(options);
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        headless(options);
        App.QUIET_STARTUP.setLevel(Level.SEVERE);
        try {
            Application.launch(App.class, args);
        } catch (RuntimeException e) {
            System.err.println("lockstep render: cannot start JavaFX without a display: " + App.rootMessage(e));
            return 1;
        }
        return App.exitCode();
    }

    /**
     * Monocle's headless screen, set before the toolkit starts (it reads these once), as big as the
     * picture so that nothing is clipped to the default 1280×800.
     */
    private static void headless(LaunchOptions options) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry",
                Math.max(1280, options.width()) + "x" + Math.max(800, options.height()) + "-32");
    }
}
