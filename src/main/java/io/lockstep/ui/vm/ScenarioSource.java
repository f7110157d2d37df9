package io.lockstep.ui.vm;

import io.lockstep.engine.Capacity;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.lang.SourceFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The text of a scenario and where it came from: a file the user can save back to, or a sample
 * bundled in the jar (which has no file until the user saves it somewhere). The window always runs
 * what it holds here, so a release switch reloads exactly the text of the run on screen.
 */
public record ScenarioSource(String displayName, String text, Path file) {

    /**
     * Reads a scenario file; refuses (with the reason as the message) what is not a regular file or
     * is too large, before opening it, so that a FIFO or a device cannot hang or fill the window.
     */
    public static ScenarioSource read(Path file) throws IOException {
        return new ScenarioSource(file.toString(), SourceFiles.read(file), file);
    }

    /** A bundled sample, or a text that has no file yet. */
    public static ScenarioSource unsaved(String displayName, String text) {
        return new ScenarioSource(displayName, text, null);
    }

    public boolean hasFile() {
        return file != null;
    }

    /** The same source with other text (what the editor holds). */
    public ScenarioSource withText(String newText) {
        return new ScenarioSource(displayName, newText, file);
    }

    /** The same text, now saved in {@code savedTo}. */
    public ScenarioSource savedAs(Path savedTo) {
        return new ScenarioSource(savedTo.toString(), text, savedTo);
    }

    /** Loads the text; {@code releaseOverride} is null or a bundled release that replaces the one the file uses. */
    public Loaded load(String releaseOverride) {
        Path dir = file == null ? null : file.toAbsolutePath().getParent();
        return ScenarioLoader.loadTextChecked(displayName, text, dir, releaseOverride, Capacity::check);
    }

    /** The file name alone, for the window title. */
    public String shortName() {
        return file != null ? String.valueOf(file.getFileName()) : displayName;
    }
}
