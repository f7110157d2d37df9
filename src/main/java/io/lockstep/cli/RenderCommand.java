package io.lockstep.cli;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lockstep render}: the window's picture, for slides and papers, with no display. The
 * options are read here for the help and handed on as the window's own ({@code --render OUT ...});
 * the drawing happens in {@code io.lockstep.ui.Render}, reached by reflection as the Launcher
 * reaches the window, so that this package never links against JavaFX.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {
            "Draw the window, or one of its views, at a step or over a whole schedule, to a file: PNG, SVG (vectors,"
                    + " text as text), an animated GIF (a frame per step), or MP4/WebM through ffmpeg. Needs no display.",
            ""},
        footer = {
            "",
            "The file's extension picks the writer: .png, .svg (one step), .gif, .mp4, .webm (the whole run, from step 0;"
                    + " a video needs ffmpeg).",
            "Exit codes: 0 written; 1 the file could not be written (or ffmpeg is missing); 2 bad arguments or an invalid"
                    + " scenario (file:line:col).",
            "",
            "Examples:",
            "  lockstep render --out deadlock.svg --schedule deadlock samples/v40-hotadd-vs-udev-deadlock.lks",
            "  lockstep render --out graph.png --view graph --size 900x700 --schedule deadlock FILE.lks",
            "  lockstep render --out run.gif --schedule deadlock --theme high-contrast FILE.lks",
            "  lockstep render --out before-after.svg --compare v4.20 --schedule deadlock FILE.lks"})
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write: .png, .svg, .gif, .mp4 or .webm.")
    String out;

    @Option(names = "--view", paramLabel = "VIEW", description = "window (the default), graph, timeline, map, or compare"
            + " (the two models side by side; needs --compare, and is the default with it).")
    String view;

    @Option(names = "--steps", paramLabel = "N", description = "Take N steps first (the lowest-numbered runnable thread each).")
    String steps;

    @Option(names = "--schedule", paramLabel = "KIND", description = "Load the shortest schedule of deadlock, inversion,"
            + " guarded-inversion, race or violation and draw its end (an animation: all of it).")
    String schedule;

    @Option(names = "--size", paramLabel = "WxH", description = "The picture's size in pixels (default 1600x1000).")
    String size;

    @Option(names = "--theme", paramLabel = "NAME", description = "The colours: light, dark, high-contrast or colorblind.")
    String theme;

    @Option(names = "--presentation", description = "The stage layout for talks (graph, lanes, thread cards, caption).")
    boolean presentation;

    @Option(names = "--release", paramLabel = "V", description = "Run under this bundled kernel model.")
    String release;

    @Option(names = "--compare", paramLabel = "SPEC", description = "The model to compare with: v4.20, patch3=on, v4.18,patch3=on.")
    String compare;

    @Option(names = "--no-rules", description = "Leave out the checks of the series' documented locking rules.")
    boolean noRules;

    @Option(names = "--editor", description = "With the scenario editor open (a file with errors then shows them).")
    boolean editor;

    @Parameters(paramLabel = "FILE.lks", description = "The scenario (or a saved .lkview).")
    Path file;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of("--render", out));
        add(args, "--view", view);
        add(args, "--steps", steps);
        add(args, "--schedule", schedule);
        add(args, "--size", size);
        add(args, "--theme", theme);
        add(args, "--release", release);
        add(args, "--compare", compare);
        if (presentation) {
            args.add("--presentation");
        }
        if (noRules) {
            args.add("--no-rules");
        }
        if (editor) {
            args.add("--editor");
        }
        args.add(file.toString());
        try {
            Object code = Class.forName("io.lockstep.ui.Render").getMethod("run", String[].class)
                    .invoke(null, (Object) args.toArray(String[]::new));
            return (Integer) code;
        } catch (InvocationTargetException e) {
            spec.commandLine().getErr().println("lockstep render: " + e.getCause());
            return 1;
        } catch (ReflectiveOperationException | LinkageError e) {
            spec.commandLine().getErr().println("lockstep render: the window's classes are missing from this build: " + e);
            return 1;
        }
    }

    private static void add(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }
}
