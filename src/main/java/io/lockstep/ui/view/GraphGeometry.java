package io.lockstep.ui.view;

import javafx.geometry.Point2D;

/**
 * The arithmetic of the lock-order graph drawing: nodes on an ellipse, where a line from a node's
 * centre leaves its (rectangular) label, the control point that bends an edge so that A→B and B→A
 * stay apart, and arrowheads. Pure, tested without a screen.
 */
public final class GraphGeometry {
    private GraphGeometry() {}

    /** Position {@code i} of {@code n} on an ellipse, starting at the top and going clockwise. */
    public static Point2D onEllipse(int i, int n, double cx, double cy, double rx, double ry) {
        double a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
        return new Point2D(cx + rx * Math.cos(a), cy + ry * Math.sin(a));
    }

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

    /** The control point of a quadratic edge from a to b, bent to the left of the direction of travel. */
    public static Point2D bend(Point2D a, Point2D b, double amount) {
        Point2D mid = a.midpoint(b);
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return mid;
        }
        double k = Math.min(amount * len, 60);
        return new Point2D(mid.getX() + dy / len * k, mid.getY() - dx / len * k);
    }

    /** The point at parameter t of the quadratic curve p0, c, p1. */
    public static Point2D quadAt(Point2D p0, Point2D c, Point2D p1, double t) {
        double u = 1 - t;
        return new Point2D(u * u * p0.getX() + 2 * u * t * c.getX() + t * t * p1.getX(),
                u * u * p0.getY() + 2 * u * t * c.getY() + t * t * p1.getY());
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
