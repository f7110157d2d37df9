package io.lockstep.ui.draw;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the views paint with: paths filled or stroked, text, images, under a stack of transforms,
 * opacities and clips. It has two back ends, a canvas ({@link CanvasDrawing}) and SVG text
 * ({@link SvgDrawing}), so that the window, a PNG and an SVG are one painting, never two that drift
 * apart. Coordinates are the caller's current user space, as in a {@code GraphicsContext}.
 */
public interface Drawing {
    /** Remembers transform, opacity and clip; {@link #restore} brings them back. */
    void save();

    void restore();

    /** Concatenates an affine transform, in the order of JavaFX's {@code Affine} (mxx, myx, mxy, myy, tx, ty). */
    void transform(double mxx, double myx, double mxy, double myy, double tx, double ty);

    /** Multiplies the opacity of everything drawn until the matching {@link #restore}. */
    void opacity(double alpha);

    /** Intersects the clip with {@code path} (in the current user space). */
    void clip(PathData path);

    /** Fills with a {@link Color}, a {@link javafx.scene.paint.LinearGradient} or an {@link javafx.scene.paint.ImagePattern}. */
    void fill(PathData path, Paint paint);

    /** Strokes with {@code dashes} (null or empty for a solid line), butt caps and miter joins as CSS borders are. */
    void stroke(PathData path, Paint paint, double width, double[] dashes);

    /** One line of text at {@code (x, y)}, aligned as a canvas aligns it. */
    void text(String text, double x, double y, Font font, Paint paint, TextAlignment align, VPos baseline);

    void image(Image image, double x, double y, double w, double h);

    default void translate(double x, double y) {
        transform(1, 0, 0, 1, x, y);
    }

    default void fillRect(double x, double y, double w, double h, Paint paint) {
        fill(PathData.rect(x, y, w, h), paint);
    }

    default void strokeLine(double x0, double y0, double x1, double y1, Paint paint, double width, double[] dashes) {
        stroke(new PathData().moveTo(x0, y0).lineTo(x1, y1), paint, width, dashes);
    }
}
