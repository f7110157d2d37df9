package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's command line: what it accepts, and what it says about what it does not. */
class LaunchOptionsTest {

    private static LaunchOptions parse(String... args) throws LaunchOptions.UsageError {
        return LaunchOptions.parse(List.of(args));
    }

    private static String error(String... args) {
        return assertThrows(LaunchOptions.UsageError.class, () -> parse(args)).getMessage();
    }

    @Test
    void aScreenshotNameThatIsNotPngIsRefusedNotSilentlyWrittenAsPng() throws Exception {
        assertEquals("x.bmp: no writer knows this extension; give a name ending in .png or .svg (one step), or .gif,"
                + " .mp4 or .webm (the whole run, a frame per step; a video needs ffmpeg)",
                error("--screenshot", "x.bmp", "f.lks"));
        assertEquals(Path.of("x.svg"), parse("--screenshot", "x.svg", "f.lks").screenshot());
        assertEquals(Path.of("talk.mp4"), parse("--screenshot", "talk.mp4", "f.lks").screenshot());
        assertEquals(Path.of("run.gif"), parse("--screenshot", "run.gif", "f.lks").screenshot());
        assertEquals(Path.of("X.PNG"), parse("--screenshot", "X.PNG", "f.lks").screenshot());
    }

    @Test
    void noArgumentsOpenTheHeadlineSample() throws Exception {
        LaunchOptions o = parse();
        assertNull(o.file());
        assertTrue(!o.screenshotMode());
    }

    @Test
    void aScreenshotWithAScheduleAndASize() throws Exception {
        LaunchOptions o = parse("--screenshot", "out.png", "--schedule", "deadlock", "--size", "1280x800", "f.lks");
        assertEquals(Path.of("out.png"), o.screenshot());
        assertEquals(Finding.Kind.DEADLOCK, o.schedule());
        assertEquals(1280, o.width());
        assertEquals(800, o.height());
        assertEquals(Path.of("f.lks"), o.file());
        assertEquals(Finding.Kind.GUARDED_INVERSION, parse("--screenshot", "o.png", "--schedule", "guarded-inversion", "f.lks").schedule());
        assertEquals(12, parse("f.lks", "--screenshot", "o.png", "--steps", "12").steps());
        assertEquals("v4.20", parse("--release", "v4.20", "f.lks").release());
        assertTrue(parse("--presentation").presentation());
        assertTrue(parse("--editor", "f.lks").editor(), "the editor starts open");
        assertTrue(parse("--screenshot", "o.png", "--editor", "f.lks").editor());
        assertTrue(!parse("f.lks").editor());
    }

    @Test
    void mistakesAreSaidPlainly() {
        assertEquals("--steps and --schedule are alternatives: give one",
                error("--screenshot", "o.png", "--steps", "3", "--schedule", "race", "f.lks"));
        assertEquals("--screenshot needs a scenario file", error("--screenshot", "o.png"));
        assertEquals("--screenshot needs a value", error("--screenshot"));
        assertEquals("--steps wants a number of steps (0 or more), not 'many'",
                error("--screenshot", "o.png", "--steps", "many", "f.lks"));
        assertTrue(error("--screenshot", "o.png", "--schedule", "livelock", "f.lks").startsWith("--schedule wants deadlock"));
        assertTrue(error("--release", "v5.0", "f.lks").startsWith("--release wants one of v4.0, v4.18"));
        assertEquals("--size wants WIDTHxHEIGHT, such as 1600x1000, not 'big'", error("--screenshot", "o.png", "--size", "big", "f.lks"));
        assertEquals("unknown option --fast", error("--fast"));
        assertEquals("one scenario file at a time (got a.lks and b.lks)", error("a.lks", "b.lks"));
        assertEquals("--steps, --schedule and --size only go with --screenshot OUT.png or render", error("--steps", "3", "f.lks"));
    }

    @Test
    void anInvalidFileStopsAScreenshotWithItsPositionButNotTheWindow(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.lks");
        Files.writeString(bad, "scenario \"x\"\nlock a : mutexx\n");
        String message = App.preflight(parse("--screenshot", "o.png", bad.toString()));
        assertTrue(message.contains(bad + ":2:10: unknown lock kind mutexx"), message);
        assertTrue(message.contains("\n    lock a : mutexx\n"), "the line, then a caret: " + message);
        assertNull(App.preflight(parse(bad.toString())), "the window opens the editor on the errors instead");
        assertNull(App.preflight(parse("--screenshot", "o.png", "--editor", bad.toString())),
                "a picture of the editor shows the errors");
        assertEquals("lockstep: cannot read " + dir.resolve("none.lks") + ": no such file",
                App.preflight(parse(dir.resolve("none.lks").toString())));
        assertNull(App.preflight(parse("--screenshot", "o.png", "samples/v40-hotadd-vs-udev-deadlock.lks")));
    }

    @Test
    void threadKeysAreOneToNine() {
        assertEquals(0, KeyBindings.threadKey(javafx.scene.input.KeyCode.DIGIT1));
        assertEquals(8, KeyBindings.threadKey(javafx.scene.input.KeyCode.NUMPAD9));
        assertEquals(-1, KeyBindings.threadKey(javafx.scene.input.KeyCode.DIGIT0));
        assertEquals(-1, KeyBindings.threadKey(javafx.scene.input.KeyCode.A));
    }

    @Test
    void aThemeByName() throws Exception {
        assertEquals(io.lockstep.ui.view.ColorTheme.LIGHT, parse().theme());
        assertEquals(io.lockstep.ui.view.ColorTheme.HIGH_CONTRAST, parse("--theme", "high-contrast").theme());
        assertEquals(io.lockstep.ui.view.ColorTheme.DARK,
                parse("--screenshot", "o.png", "--theme", "dark", "f.lks").theme());
    }

    @Test
    void anUnknownThemeListsTheKnownOnes() {
        assertEquals("--theme wants one of light, dark, high-contrast, colorblind, not 'sepia'", error("--theme", "sepia"));
        assertEquals("--theme needs a value", error("--theme"));
    }

    @Test
    void renderPicksAViewAndTheCompareViewWhenACompareSpecIsGiven() throws Exception {
        assertEquals(LaunchOptions.View.WINDOW, parse("--render", "o.svg", "f.lks").view());
        assertEquals(LaunchOptions.View.GRAPH, parse("--render", "o.svg", "--view", "graph", "f.lks").view());
        assertEquals(LaunchOptions.View.COMPARE, parse("--render", "o.png", "--compare", "v4.20", "f.lks").view());
        assertEquals(null, parse("--screenshot", "o.png", "f.lks").view());
        assertTrue(parse("--render", "o.png", "f.lks").render());
        assertEquals("--view compare needs --compare SPEC, the model to compare with (such as v4.20)",
                error("--render", "o.png", "--view", "compare", "f.lks"));
        assertEquals("--compare goes with --view compare (it draws the two runs side by side)",
                error("--render", "o.png", "--view", "map", "--compare", "v4.20", "f.lks"));
        assertEquals("--view wants window, graph, timeline, map or compare, not 'zones'",
                error("--render", "o.png", "--view", "zones", "f.lks"));
        assertEquals("--view goes with lockstep render", error("--screenshot", "o.png", "--view", "map", "f.lks"));
        assertEquals("the compare view renders to a still: give a name ending in .png or .svg",
                error("--render", "o.gif", "--compare", "v4.20", "f.lks"));
        assertEquals("render needs a scenario file", error("--render", "o.png"));
    }
}
