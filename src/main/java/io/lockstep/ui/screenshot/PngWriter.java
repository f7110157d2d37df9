package io.lockstep.ui.screenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders a scene as it is now and writes it as a PNG. */
public final class PngWriter {
    private PngWriter() {}

    /** Snapshots {@code scene} (on the FX thread) and writes {@code out}, creating its folder if needed. */
    public static void write(Scene scene, Path out) throws IOException {
        WritableImage image = scene.snapshot(null);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile())) {
            throw new IOException("no PNG writer is available in this Java");
        }
    }
}
