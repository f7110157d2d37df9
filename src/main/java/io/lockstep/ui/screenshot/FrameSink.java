package io.lockstep.ui.screenshot;

import java.io.IOException;
import javafx.scene.Scene;

/** Where the frames of an animated export go, one per step: a GIF, or a video through ffmpeg. */
interface FrameSink extends AutoCloseable {
    /** Snapshots {@code scene} (on the FX thread) as the next frame. */
    void add(Scene scene) throws IOException;

    int frames();

    /** Finishes the file; for a video this runs the encoder. */
    @Override
    void close() throws IOException;
}
