package io.lockstep;

import io.lockstep.cli.Main;

/**
 * The jar's entry point. {@code lockstep check|show|render|bench|help ...} runs the command line; anything else
 * (no argument, a scenario file, {@code --screenshot}) opens the window. It does not extend
 * JavaFX's Application, which a jar that bundles JavaFX needs, and it loads the window's classes
 * only when the window is wanted, so the command line works where no display is.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && Main.isCommand(args[0])) {
            System.exit(Main.run(args));
        }
        Class.forName("io.lockstep.ui.App").getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
