package io.lockstep.ui;

import io.lockstep.event.Finding;
import io.lockstep.lang.Releases;
import io.lockstep.ui.export.ExportFormat;
import io.lockstep.ui.view.ColorTheme;
import io.lockstep.ui.vm.ModelVariant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the window was started with: {@code [FILE.lks] [--release V] [--editor]}, or, to render the
 * window to a PNG and exit, {@code --screenshot OUT.png [--steps N | --schedule KIND] [--size WxH] FILE.lks}.
 * {@code editor}: the scenario editor starts open (in a screenshot, a file with errors then shows them).
 * {@code --compare SPEC} opens the compare view too (or, with {@code --screenshot}, renders it instead).
 */
public record LaunchOptions(Path file, String release, Path screenshot, Integer steps, Finding.Kind schedule,
        int width, int height, boolean presentation, boolean rules, boolean editor, ModelVariant compare,
        ColorTheme theme, View view) {

    /**
     * What {@code lockstep render} draws: the whole window, one of its views alone at the requested
     * size, or the compare view. Null for {@code --screenshot}, which snapshots the window as shown.
     */
    public enum View {
        WINDOW, GRAPH, TIMELINE, MAP, COMPARE;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String USAGE = String.join("\n",
            "usage: lockstep [FILE.lks] [--release V] [--compare SPEC] [--presentation] [--theme NAME]",
            "                [--no-rules] [--editor]",
            "       lockstep --screenshot OUT.png|.svg|.gif|.mp4|.webm [--steps N | --schedule KIND] [--size WIDTHxHEIGHT] [--release V]",
            "                [--compare SPEC] [--presentation] [--theme NAME] [--editor] FILE.lks",
            "       lockstep render --out FILE [--view window|graph|timeline|map|compare] ... FILE.lks (no display needed;",
            "                see lockstep help render)",
            "  SPEC: the model to compare with, side by side: a release (v4.20), switch settings (patch3=on,",
            "        comma-separated, applied to the release on screen) or both (v4.18,patch3=on)",
            "  KIND: deadlock, inversion, guarded-inversion, race or violation (the shortest schedule that shows it)",
            "  V:    " + String.join(", ", Releases.BUNDLED),
            "  --presentation starts in the stage layout for talks (F5 switches it in the window)",
            "  --theme NAME   the colours: " + String.join(", ", ColorTheme.names()) + " (F6 steps through them)",
            "  --no-rules     leaves out the checks of the series' documented locking rules (on by default here)",
            "  --editor       starts with the scenario editor open; a screenshot of a file with errors then shows them",
            "  Without FILE the window opens the headline sample, " + "v40-hotadd-vs-udev-deadlock.lks.");

    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 1000;

    /** A mistake on the command line, said so that the user can fix it. */
    public static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    public boolean screenshotMode() {
        return screenshot != null;
    }

    public static LaunchOptions parse(List<String> args) throws UsageError {
        Path file = null;
        String release = null;
        Path screenshot = null;
        Integer steps = null;
        Finding.Kind schedule = null;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        boolean presentation = false;
        boolean rules = true;
        boolean editor = false;
        ModelVariant compare = null;
        ColorTheme theme = ColorTheme.LIGHT;
        boolean render = false;
        View view = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--screenshot" -> screenshot = png(value(args, ++i, a));
                case "--render" -> {
                    render = true;
                    screenshot = png(value(args, ++i, a));
                }
                case "--view" -> view = view(value(args, ++i, a));
                case "--steps" -> steps = nonNegative(value(args, ++i, a), a);
                case "--schedule" -> schedule = kind(value(args, ++i, a));
                case "--release" -> release = release(value(args, ++i, a));
                case "--presentation" -> presentation = true;
                case "--theme" -> theme = theme(value(args, ++i, a));
                case "--no-rules" -> rules = false;
                case "--editor" -> editor = true;
                case "--compare" -> compare = variant(value(args, ++i, a));
                case "--size" -> {
                    String size = value(args, ++i, a);
                    if (!size.matches("\\d{2,5}x\\d{2,5}")) {
                        throw new UsageError("--size wants WIDTHxHEIGHT, such as 1600x1000, not '" + size + "'");
                    }
                    String[] wh = size.split("x");
                    width = Integer.parseInt(wh[0]);
                    height = Integer.parseInt(wh[1]);
                    if (width < 400 || height < 300) {
                        throw new UsageError("--size " + size + " is too small for the window (at least 400x300)");
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageError("unknown option " + a);
                    }
                    if (file != null) {
                        throw new UsageError("one scenario file at a time (got " + file + " and " + a + ")");
                    }
                    file = Path.of(a);
                }
            }
        }
        if (steps != null && schedule != null) {
            throw new UsageError("--steps and --schedule are alternatives: give one");
        }
        if (screenshot == null && (steps != null || schedule != null || width != DEFAULT_WIDTH || height != DEFAULT_HEIGHT)) {
            throw new UsageError("--steps, --schedule and --size only go with --screenshot OUT.png or render");
        }
        if (screenshot != null && file == null) {
            throw new UsageError((render ? "render" : "--screenshot") + " needs a scenario file");
        }
        if (render) {
            view = renderView(view, compare, screenshot);
        } else if (view != null) {
            throw new UsageError("--view goes with lockstep render");
        }
        if (compare != null && screenshot != null && ExportFormat.of(screenshot).orElseThrow().animated) {
            throw new UsageError("the compare view renders to a still: give a name ending in .png or .svg");
        }
        return new LaunchOptions(file, release, screenshot, steps, schedule, width, height, presentation, rules, editor,
                compare, theme, view);
    }

    /** Whether this is {@code lockstep render} (drawn through the drawing interface) rather than {@code --screenshot}. */
    public boolean render() {
        return view != null;
    }

    /** {@code --view}, checked against {@code --compare}: the compare view is what a compare SPEC asks for. */
    private static View renderView(View view, ModelVariant compare, Path out) throws UsageError {
        if (view == null) {
            return compare != null ? View.COMPARE : View.WINDOW;
        }
        if (view == View.COMPARE && compare == null) {
            throw new UsageError("--view compare needs --compare SPEC, the model to compare with (such as v4.20)");
        }
        if (view != View.COMPARE && compare != null) {
            throw new UsageError("--compare goes with --view compare (it draws the two runs side by side)");
        }
        return view;
    }

    private static View view(String text) throws UsageError {
        for (View v : View.values()) {
            if (v.word().equals(text)) {
                return v;
            }
        }
        throw new UsageError("--view wants window, graph, timeline, map or compare, not '" + text + "'");
    }

    /**
     * The writers know PNG and SVG (the step), GIF and video (the whole run, a frame a step): any other
     * extension is refused rather than silently written as one of them.
     */
    private static Path png(String name) throws UsageError {
        Path out = Path.of(name);
        if (ExportFormat.of(out).isEmpty()) {
            throw new UsageError(ExportFormat.unknown(out));
        }
        return out;
    }

    private static ModelVariant variant(String spec) throws UsageError {
        List<String> problems = new ArrayList<>();
        return ModelVariant.parse(spec, problems)
                .orElseThrow(() -> new UsageError("--compare " + String.join("; ", problems)));
    }

    private static String value(List<String> args, int i, String option) throws UsageError {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageError(option + " needs a value");
        }
        return args.get(i);
    }

    private static int nonNegative(String text, String option) throws UsageError {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageError(option + " wants a number of steps (0 or more), not '" + text + "'");
    }

    private static Finding.Kind kind(String text) throws UsageError {
        return Finding.Kind.ofScheduleWord(text).orElseThrow(() -> new UsageError(
                "--schedule wants deadlock, inversion, guarded-inversion, race or violation, not '" + text + "'"));
    }

    private static ColorTheme theme(String text) throws UsageError {
        return ColorTheme.byName(text).orElseThrow(() -> new UsageError(
                "--theme wants one of " + String.join(", ", ColorTheme.names()) + ", not '" + text + "'"));
    }

    private static String release(String text) throws UsageError {
        if (!Releases.BUNDLED.contains(text)) {
            throw new UsageError("--release wants one of " + String.join(", ", Releases.BUNDLED) + ", not '" + text + "'");
        }
        return text;
    }
}
