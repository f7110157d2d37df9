package io.lockstep.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;

/**
 * What an export takes its pictures of. {@link #scene} is the window as the screen shows it (what
 * {@code --screenshot} has always written: a PNG or a GIF frame is a snapshot); {@link #drawn} is a
 * node painted through the drawing interface (what {@code render} and File ▸ Export write), so its
 * PNG, its SVG and its frames are the same drawing calls. FX thread only.
 */
public interface Capture {
    Image frame();

    void writeStill(Path out, ExportFormat format) throws IOException;

    static Capture scene(Scene scene) {
        return new Capture() {
            @Override
            public Image frame() {
                return scene.snapshot(null);
            }

            @Override
            public void writeStill(Path out, ExportFormat format) throws IOException {
                if (format == ExportFormat.PNG) {
                    PngWriter.write(scene, out);
                } else {
                    Exporter.writeStill(scene.getRoot(), out, format);
                }
            }
        };
    }

    /** {@code node} is asked for each picture: the node to draw may be replaced while the run is driven. */
    static Capture drawn(Supplier<? extends Node> node) {
        return new Capture() {
            @Override
            public Image frame() {
                return Exporter.raster(node.get());
            }

            @Override
            public void writeStill(Path out, ExportFormat format) throws IOException {
                Exporter.writeStill(node.get(), out, format);
            }
        };
    }
}
