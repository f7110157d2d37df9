package io.lockstep.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What an export writes, told by the output's extension: a still (PNG, SVG) or the whole run (GIF, video). */
public enum ExportFormat {
    PNG("png", false), SVG("svg", false), GIF("gif", true), MP4("mp4", true), WEBM("webm", true);

    public final String extension;
    public final boolean animated;

    ExportFormat(String extension, boolean animated) {
        this.extension = extension;
        this.animated = animated;
    }

    public boolean video() {
        return this == MP4 || this == WEBM;
    }

    public static Optional<ExportFormat> of(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** What to say when no writer knows {@code out}'s extension. */
    public static String unknown(Path out) {
        return out + ": no writer knows this extension; give a name ending in .png or .svg (one step),"
                + " or .gif, .mp4 or .webm (the whole run, a frame per step; a video needs ffmpeg)";
    }
}
