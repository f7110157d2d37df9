package io.lockstep.ui.export;

import io.lockstep.ui.draw.Drawing;
import io.lockstep.ui.draw.PathData;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;

/**
 * A region's CSS backgrounds and borders as paths: fills at their insets with their corner radii,
 * then the border strokes. A border of one width, paint and style is one stroked outline (dashes
 * and round corners kept); a border whose sides differ is drawn side by side.
 */
final class RegionPainter {
    private RegionPainter() {}

    static void paint(Region r, Drawing d) {
        double w = r.getWidth();
        double h = r.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        Background bg = r.getBackground();
        if (bg != null) {
            for (BackgroundFill f : bg.getFills()) {
                PathData shape = shape(r, f.getInsets(), w, h);
                if (f.getFill() != null) {
                    d.fill(shape != null ? shape : outline(f.getInsets(), f.getRadii(), w, h, 0), f.getFill());
                }
            }
        }
        Border border = r.getBorder();
        if (border != null) {
            for (BorderStroke s : border.getStrokes()) {
                stroke(s, w, h, d);
            }
        }
    }

    /**
     * A region drawn as a CSS {@code -fx-shape} (a menu button's arrow, a check mark): the shape
     * scaled into the fill's box (the region less the fill's insets) and centred, as JavaFX does by default.
     */
    private static PathData shape(Region r, Insets pad, double w, double h) {
        javafx.scene.shape.Shape s = r.getShape();
        if (s == null) {
            return null;
        }
        PathData p = ShapePaths.of(s);
        javafx.geometry.Bounds b = s.getLayoutBounds();
        if (p == null || b.getWidth() <= 0 || b.getHeight() <= 0) {
            return null;
        }
        double bw = w - pad.getLeft() - pad.getRight();
        double bh = h - pad.getTop() - pad.getBottom();
        if (!r.isScaleShape()) {
            bw = b.getWidth();
            bh = b.getHeight();
        }
        double sx = bw / b.getWidth();
        double sy = bh / b.getHeight();
        double tx = pad.getLeft() + (w - pad.getLeft() - pad.getRight() - bw) / 2 - b.getMinX() * sx;
        double ty = pad.getTop() + (h - pad.getTop() - pad.getBottom() - bh) / 2 - b.getMinY() * sy;
        if (p.hasSvgContent()) {
            return null; // SVG text cannot be mapped point by point; a plain fill of the box is drawn instead
        }
        return p.mapped(javafx.scene.transform.Transform.affine(sx, 0, 0, sy, tx, ty));
    }

    private static PathData outline(Insets in, CornerRadii radii, double w, double h, double shrink) {
        double x = in.getLeft() + shrink;
        double y = in.getTop() + shrink;
        double ww = w - in.getLeft() - in.getRight() - 2 * shrink;
        double hh = h - in.getTop() - in.getBottom() - 2 * shrink;
        if (ww <= 0 || hh <= 0) {
            return new PathData();
        }
        CornerRadii c = radii == null ? CornerRadii.EMPTY : radii;
        return PathData.roundRect(x, y, ww, hh,
                radius(c.getTopLeftHorizontalRadius(), c.isTopLeftHorizontalRadiusAsPercentage(), ww) - shrink,
                radius(c.getTopRightHorizontalRadius(), c.isTopRightHorizontalRadiusAsPercentage(), ww) - shrink,
                radius(c.getBottomRightHorizontalRadius(), c.isBottomRightHorizontalRadiusAsPercentage(), ww) - shrink,
                radius(c.getBottomLeftHorizontalRadius(), c.isBottomLeftHorizontalRadiusAsPercentage(), ww) - shrink);
    }

    private static double radius(double r, boolean percent, double size) {
        return percent ? r * size : r;
    }

    private static void stroke(BorderStroke s, double w, double h, Drawing d) {
        BorderWidths bw = s.getWidths();
        Insets in = s.getInsets();
        double top = width(bw.getTop(), bw.isTopAsPercentage(), h);
        double right = width(bw.getRight(), bw.isRightAsPercentage(), w);
        double bottom = width(bw.getBottom(), bw.isBottomAsPercentage(), h);
        double left = width(bw.getLeft(), bw.isLeftAsPercentage(), w);
        boolean uniform = top == right && right == bottom && bottom == left
                && same(s.getTopStroke(), s.getRightStroke(), s.getBottomStroke(), s.getLeftStroke())
                && s.getTopStyle().equals(s.getRightStyle()) && s.getTopStyle().equals(s.getBottomStyle())
                && s.getTopStyle().equals(s.getLeftStyle());
        if (uniform) {
            if (top > 0 && s.getTopStyle() != BorderStrokeStyle.NONE && s.getTopStroke() != null) {
                d.stroke(outline(in, s.getRadii(), w, h, top / 2), s.getTopStroke(), top, dashes(s.getTopStyle(), top));
            }
            return;
        }
        double x = in.getLeft();
        double y = in.getTop();
        double ww = w - in.getLeft() - in.getRight();
        double hh = h - in.getTop() - in.getBottom();
        side(d, s.getTopStyle(), s.getTopStroke(), x, y, ww, top);
        side(d, s.getBottomStyle(), s.getBottomStroke(), x, y + hh - bottom, ww, bottom);
        side(d, s.getLeftStyle(), s.getLeftStroke(), x, y, left, hh);
        side(d, s.getRightStyle(), s.getRightStroke(), x + ww - right, y, right, hh);
    }

    private static void side(Drawing d, BorderStrokeStyle style, Paint paint, double x, double y, double w, double h) {
        if (paint != null && style != BorderStrokeStyle.NONE && w > 0 && h > 0) {
            d.fillRect(x, y, w, h, paint);
        }
    }

    private static double width(double v, boolean percent, double size) {
        return percent ? v * size : v;
    }

    private static boolean same(Paint a, Paint b, Paint c, Paint e) {
        return java.util.Objects.equals(a, b) && java.util.Objects.equals(b, c) && java.util.Objects.equals(c, e);
    }

    /** CSS dashes scale with the border's width, as JavaFX draws them. */
    private static double[] dashes(BorderStrokeStyle style, double width) {
        List<Double> list = style.getDashArray();
        if (list == null || list.isEmpty()) {
            return null;
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i) * Math.max(1, width);
        }
        return out;
    }
}
