package io.lockstep.ui.view;

import javafx.geometry.Point2D;

/**
 * The arithmetic of the lock-order graph's overlays: where a line from a box's centre leaves the
 * box (a thread's wait arrow), and arrowheads. Pure, tested without a screen. The graph's layout
 * itself is {@link io.lockstep.ui.view.layout.LayeredLayout}.
 */
public final class GraphGeometry {
    private GraphGeometry() {}

    /** Where the ray from {@code center} towards {@code toward} crosses a box of half-sizes hw × hh around center. */
    public static Point2D boxExit(Point2D center, double hw, double hh, Point2D toward) {
        double dx = toward.getX() - center.getX();
        double dy = toward.getY() - center.getY();
        if (dx == 0 && dy == 0) {
            return center;
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : hw / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : hh / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point2D(center.getX() + dx * s, center.getY() + dy * s);
    }

    /** An arrowhead with its tip at {@code tip}, pointing away from {@code from}: x0, y0, x1, y1, x2, y2. */
    public static double[] arrow(Point2D from, Point2D tip, double length, double halfWidth) {
        double dx = tip.getX() - from.getX();
        double dy = tip.getY() - from.getY();
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return new double[] {tip.getX(), tip.getY(), tip.getX(), tip.getY(), tip.getX(), tip.getY()};
        }
        double ux = dx / len;
        double uy = dy / len;
        double bx = tip.getX() - ux * length;
        double by = tip.getY() - uy * length;
        return new double[] {tip.getX(), tip.getY(), bx - uy * halfWidth, by + ux * halfWidth, bx + uy * halfWidth,
            by - ux * halfWidth};
    }
}
