package io.lockstep.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.image.Image;

/** Where the frames of an animated export go, one per step: a GIF, or a video through ffmpeg. */
public interface FrameSink extends AutoCloseable {
    /** Appends {@code frame}; every frame of one file has the first frame's size. */
    void add(Image frame) throws IOException;

    int frames();

    /** Finishes the file and moves it into place; for a video this runs the encoder. */
    @Override
    void close() throws IOException;

    /** Leaves no file behind (the export was cancelled or failed). */
    void discard();

    /**
     * A sink for {@code out} by its extension, each frame shown {@code delayMs}. A video where
     * ffmpeg is not installed is refused with a message that says so and what to do.
     */
    static FrameSink open(Path out, ExportFormat format, int delayMs) throws IOException {
        if (format == ExportFormat.GIF) {
            return new GifWriter(out, delayMs);
        }
        Optional<Path> ffmpeg = VideoWriter.findFfmpeg(System.getenv("PATH"));
        if (ffmpeg.isEmpty()) {
            throw new IOException(out + " needs ffmpeg to encode the video, and it is not installed"
                    + " (apt-get install ffmpeg); a .gif needs nothing");
        }
        return new VideoWriter(out, ffmpeg.get(), delayMs);
    }
}
