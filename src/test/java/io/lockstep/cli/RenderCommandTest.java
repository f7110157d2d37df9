package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code lockstep render} is a command, and refuses what no writer knows before JavaFX starts. */
class RenderCommandTest {
    @Test
    void renderIsACommandOfTheCommandLine() {
        assertTrue(Main.isCommand("render"));
        assertTrue(Main.commandLine().getSubcommands().containsKey("render"));
    }

    @Test
    void anUnknownExtensionIsOneLineAndExitTwo() {
        String err = stderr(() -> assertEquals(2, Main.run("render", "--out", "talk.bmp",
                "samples/v40-hotadd-vs-udev-deadlock.lks")));
        assertEquals("lockstep render: talk.bmp: no writer knows this extension; give a name ending in .png or .svg"
                + " (one step), or .gif, .mp4 or .webm (the whole run, a frame per step; a video needs ffmpeg)\n", err);
    }

    @Test
    void aMissingScenarioIsOneLineAndExitTwo() {
        String err = stderr(() -> assertEquals(2, Main.run("render", "--out", "x.svg", "no-such.lks")));
        assertEquals("lockstep: cannot read no-such.lks: no such file\n", err);
    }

    private static String stderr(Runnable r) {
        PrintStream was = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(was);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
