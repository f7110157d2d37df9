package io.lockstep.ui.export;

import io.lockstep.ui.draw.CanvasDrawing;
import io.lockstep.ui.draw.SvgDrawing;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Turns a laid-out node into a still: SVG text, or a raster painted by the canvas back end from
 * the same drawing calls, so that the PNG and the SVG of one view are one picture. FX thread only.
 */
public final class Exporter {
    private Exporter() {}

    public static String svg(Node node) {
        Bounds b = node.getLayoutBounds();
        SvgDrawing svg = new SvgDrawing(Math.ceil(b.getWidth()), Math.ceil(b.getHeight()));
        svg.fillRect(0, 0, Math.ceil(b.getWidth()), Math.ceil(b.getHeight()), Color.WHITE); // as a snapshot's fill
        SceneWalker.paint(node, svg);
        return svg.toSvg();
    }

    /** The node painted through the canvas back end, at its layout size. */
    public static WritableImage raster(Node node) {
        Bounds b = node.getLayoutBounds();
        Canvas canvas = new Canvas(Math.max(1, Math.ceil(b.getWidth())), Math.max(1, Math.ceil(b.getHeight())));
        CanvasDrawing d = new CanvasDrawing(canvas.getGraphicsContext2D());
        d.fillRect(0, 0, canvas.getWidth(), canvas.getHeight(), Color.WHITE);
        SceneWalker.paint(node, d);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return canvas.snapshot(params, null);
    }

    /** Writes {@code node} as a PNG or an SVG, by {@code format}, atomically. */
    public static void writeStill(Node node, Path out, ExportFormat format) throws IOException {
        if (format == ExportFormat.SVG) {
            AtomicFile.writeString(out, svg(node));
        } else if (format == ExportFormat.PNG) {
            PngWriter.write(raster(node), out);
        } else {
            throw new IllegalArgumentException(format + " is not a still");
        }
    }
}
