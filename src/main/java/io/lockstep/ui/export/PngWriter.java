package io.lockstep.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes a scene as it is now, or an image, as a PNG: to a temporary file first, then moved into place. */
public final class PngWriter {
    private PngWriter() {}

    /** Snapshots {@code scene} (on the FX thread) and writes {@code out}, creating its folder if needed. */
    public static void write(Scene scene, Path out) throws IOException {
        write(scene.snapshot(null), out);
    }

    public static void write(Image image, Path out) throws IOException {
        AtomicFile.write(out, temp -> {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", temp.toFile())) {
                throw new IOException("no PNG writer is available in this Java");
            }
        });
    }
}
