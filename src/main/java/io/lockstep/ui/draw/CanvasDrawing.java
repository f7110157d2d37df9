package io.lockstep.ui.draw;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The canvas back end: every call is the {@code GraphicsContext} call of the same name. */
public final class CanvasDrawing implements Drawing {
    private final GraphicsContext g;

    public CanvasDrawing(GraphicsContext g) {
        this.g = g;
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.MITER);
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void transform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        g.transform(mxx, myx, mxy, myy, tx, ty);
    }

    @Override
    public void opacity(double alpha) {
        g.setGlobalAlpha(g.getGlobalAlpha() * alpha);
    }

    @Override
    public void clip(PathData path) {
        path.trace(g);
        g.clip();
    }

    @Override
    public void fill(PathData path, Paint paint) {
        g.setFill(paint);
        path.trace(g);
        g.fill();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Paint paint) {
        g.setFill(paint); // the canvas's own rectangle: faster than a path for the timeline's thousands
        g.fillRect(x, y, w, h);
    }

    @Override
    public void stroke(PathData path, Paint paint, double width, double[] dashes) {
        g.setStroke(paint);
        g.setLineWidth(width);
        g.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
        path.trace(g);
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    @Override
    public void text(String text, double x, double y, Font font, Paint paint, TextAlignment align, VPos baseline) {
        g.setFont(font);
        g.setFill(paint);
        g.setTextAlign(align);
        g.setTextBaseline(baseline);
        g.fillText(text, x, y);
    }

    @Override
    public void image(Image image, double x, double y, double w, double h) {
        g.drawImage(image, x, y, w, h);
    }
}
