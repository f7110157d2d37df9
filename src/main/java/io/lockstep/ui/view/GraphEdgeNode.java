package io.lockstep.ui.view;

import java.util.function.IntConsumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;

/**
 * One edge of the lock-order graph on screen: a bent arrow from class to class and a label with the
 * step that made it, which jumps there when clicked. Styled by CSS through pseudo-classes
 * ({@code :fresh}, {@code :inversion}, {@code :guarded}).
 */
final class GraphEdgeNode {
    final LockGraphModel.Edge edge;
    final QuadCurve curve = new QuadCurve();
    final Polygon arrow = new Polygon();
    final Label label;

    GraphEdgeNode(LockGraphModel.Edge edge, IntConsumer jump) {
        this.edge = edge;
        curve.getStyleClass().add(StyleClasses.GRAPH_EDGE);
        arrow.getStyleClass().add(StyleClasses.GRAPH_ARROW);
        label = new Label(Integer.toString(edge.step()));
        label.getStyleClass().add(StyleClasses.GRAPH_EDGE_LABEL);
        label.setOnMouseClicked(e -> {
            jump.accept(edge.step());
            e.consume();
        });
        curve.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
    }

    /** Whose label gets the best spot: a cycle's edges, then the edge made at this step, then the rest. */
    int priority() {
        var states = curve.getPseudoClassStates();
        return states.contains(StyleClasses.INVERSION) ? 3 : states.contains(StyleClasses.GUARDED) ? 2
                : states.contains(StyleClasses.FRESH) ? 1 : 0;
    }

    void setVisible(boolean visible) {
        curve.setVisible(visible);
        arrow.setVisible(visible);
        label.setVisible(visible);
    }

    boolean isVisible() {
        return curve.isVisible();
    }

    void setState(boolean fresh, boolean inversion, boolean guarded) {
        boolean wasCycle = curve.getPseudoClassStates().contains(StyleClasses.INVERSION)
                || curve.getPseudoClassStates().contains(StyleClasses.GUARDED);
        for (javafx.scene.Node n : new javafx.scene.Node[] {curve, arrow, label}) {
            n.pseudoClassStateChanged(StyleClasses.FRESH, fresh);
            n.pseudoClassStateChanged(StyleClasses.INVERSION, inversion);
            n.pseudoClassStateChanged(StyleClasses.GUARDED, guarded && !inversion);
        }
        // The edges of a cycle are drawn over the others (raised once: reordering redraws).
        if ((inversion || guarded) && !wasCycle) {
            curve.toFront();
            arrow.toFront();
        }
    }

    /**
     * Places the edge between two boxes (centre, half-width, half-height); a self-edge (recursive
     * locking of one class) becomes a loop above its box.
     */
    void place(Point2D a, double ahw, double ahh, Point2D b, double bhw, double bhh, java.util.List<Bounds> taken) {
        Point2D start;
        Point2D control;
        Point2D end;
        if (edge.from().equals(edge.to())) {
            start = new Point2D(a.getX() - ahw * 0.5, a.getY() - ahh);
            end = new Point2D(a.getX() + ahw * 0.5, a.getY() - ahh - 2);
            control = new Point2D(a.getX(), a.getY() - ahh - 70);
        } else {
            control = GraphGeometry.bend(a, b, 0.16);
            start = GraphGeometry.boxExit(a, ahw + 2, ahh + 2, control);
            end = GraphGeometry.boxExit(b, bhw + 3, bhh + 3, control);
        }
        curve.setStartX(start.getX());
        curve.setStartY(start.getY());
        curve.setControlX(control.getX());
        curve.setControlY(control.getY());
        curve.setEndX(end.getX());
        curve.setEndY(end.getY());
        double[] tri = GraphGeometry.arrow(control, end, 11, 5);
        arrow.getPoints().setAll(tri[0], tri[1], tri[2], tri[3], tri[4], tri[5]);
        label.autosize();
        // The middle of the curve, or the spot along it that overlaps nodes and earlier labels least.
        Bounds chosen = null;
        double least = Double.MAX_VALUE;
        for (double t : LABEL_SPOTS) {
            Point2D p = GraphGeometry.quadAt(start, control, end, t);
            Bounds here = new BoundingBox(p.getX() - label.getWidth() / 2, p.getY() - label.getHeight() / 2,
                    label.getWidth(), label.getHeight());
            double overlap = taken.stream().mapToDouble(other -> overlapArea(here, other)).sum();
            if (overlap < least) {
                least = overlap;
                chosen = here;
            }
            if (overlap == 0) {
                break;
            }
        }
        label.relocate(chosen.getMinX(), chosen.getMinY());
        taken.add(chosen);
    }

    private static double overlapArea(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static final double[] LABEL_SPOTS = {0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75};
}
