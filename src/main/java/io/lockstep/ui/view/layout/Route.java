package io.lockstep.ui.view.layout;

import java.util.List;

/**
 * How one edge is drawn. {@code points} run from the upper end to the lower end as x, y pairs:
 * the port on the upper class's bottom, then for each row of classes the edge crosses the point
 * where it enters the row and the point where it leaves it (straight down, so it never touches a
 * class), for each row of labels the middle of its slot there, then the port on the lower class's
 * top; between points it curves, leaving and arriving vertically. {@code upward}:
 * the arrow points at the upper end (the edge goes against the layer order, as a cycle's closing
 * edge does). {@code label} is where its step label goes, on the edge. A self-loop has two points
 * (the right side of its class, top and bottom) and bulges to the right; an {@code extra} edge,
 * one the layout was not given, is a straight line between its classes' boxes.
 */
public record Route(String from, String to, double[] points, Box label, boolean upward, boolean selfLoop,
        boolean extra) {
    public int pointCount() {
        return points.length / 2;
    }

    public double x(int i) {
        return points[2 * i];
    }

    public double y(int i) {
        return points[2 * i + 1];
    }

    public List<Double> asList() {
        List<Double> out = new java.util.ArrayList<>();
        for (double d : points) {
            out.add(d);
        }
        return out;
    }
}
