package io.lockstep.ui.view;

import io.lockstep.ui.view.layout.Box;
import io.lockstep.ui.view.layout.Route;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;

/**
 * One edge of the lock-order graph on screen: its route as a path (straight down through rows,
 * curving between them), an arrowhead, and a label with the step that made it. Hovering the label
 * shows how the edge was made (thread, step, both stacks, read or write); clicking it goes to that
 * step. Styled by CSS through pseudo-classes ({@code :fresh}, {@code :inversion}, {@code :guarded}).
 */
final class GraphEdgeNode {
    final LockGraphModel.Edge edge;
    final Path path = new Path();
    final Polygon arrow = new Polygon();
    final Label label;

    GraphEdgeNode(LockGraphModel.Edge edge, IntConsumer jump) {
        this.edge = edge;
        path.getStyleClass().add(StyleClasses.GRAPH_EDGE);
        arrow.getStyleClass().add(StyleClasses.GRAPH_ARROW);
        label = new Label(Integer.toString(edge.step()));
        label.getStyleClass().add(StyleClasses.GRAPH_EDGE_LABEL);
        label.setAlignment(javafx.geometry.Pos.CENTER);
        label.setManaged(false); // sized to its slot by place(), not by its Group
        label.setOnMouseClicked(e -> {
            jump.accept(edge.step());
            e.consume();
        });
        // Made on first hover: a run makes tens of edges, and a tooltip is a window of its own.
        label.setOnMouseEntered(e -> {
            if (label.getTooltip() == null) {
                Tooltip tip = new Tooltip(describe(edge));
                tip.setShowDelay(Duration.millis(250));
                tip.setShowDuration(Duration.seconds(60));
                label.setTooltip(tip);
            }
        });
        path.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
    }

    /** A guided tour points at this edge (or no longer does). */
    void markTour(boolean on) {
        path.pseudoClassStateChanged(StyleClasses.TOUR, on);
        label.pseudoClassStateChanged(StyleClasses.TOUR, on);
    }

    /** The witness, lockdep style: which side of each lock, who made the edge where, and both stacks. */
    static String describe(LockGraphModel.Edge e) {
        LockGraphModel.Witness w = e.witness();
        StringBuilder sb = new StringBuilder(w.modes(e.from(), e.to())).append('\n');
        sb.append("made at step ").append(e.step()).append(" by \"").append(w.thread()).append("\", taking ")
                .append(w.lock()).append(w.takenForReading() ? " for reading" : "").append(" in:\n");
        stack(sb, w.stack());
        sb.append("while holding ").append(w.heldLock()).append(w.heldForReading() ? " (for reading)" : "");
        if (w.heldStep() > 0) {
            sb.append(", taken at step ").append(w.heldStep()).append(" in:\n");
            stack(sb, w.heldStack());
        } else {
            sb.append(", taken before the first step\n");
        }
        return sb.append("click: go to step ").append(e.step()).toString();
    }

    private static void stack(StringBuilder sb, List<String> frames) {
        if (frames.isEmpty()) {
            sb.append("    (no stack recorded)\n");
        }
        for (String f : frames) {
            sb.append("    ").append(f).append('\n');
        }
    }

    /** Marks the edge as one the other side of a comparison never makes. */
    void setOnlyHere(boolean onlyHere) {
        for (Node n : new Node[] {path, arrow, label}) {
            n.pseudoClassStateChanged(StyleClasses.ONLY_HERE, onlyHere);
        }
    }

    void setVisible(boolean visible) {
        path.setVisible(visible);
        arrow.setVisible(visible);
        label.setVisible(visible);
    }

    boolean isVisible() {
        return path.isVisible();
    }

    void setState(boolean fresh, boolean inversion, boolean guarded) {
        boolean wasCycle = path.getPseudoClassStates().contains(StyleClasses.INVERSION)
                || path.getPseudoClassStates().contains(StyleClasses.GUARDED);
        for (Node n : new Node[] {path, arrow, label}) {
            n.pseudoClassStateChanged(StyleClasses.FRESH, fresh);
            n.pseudoClassStateChanged(StyleClasses.INVERSION, inversion);
            n.pseudoClassStateChanged(StyleClasses.GUARDED, guarded && !inversion);
        }
        // The edges of a cycle are drawn over the others (raised once: reordering redraws).
        if ((inversion || guarded) && !wasCycle) {
            path.toFront();
            arrow.toFront();
        }
    }

    /** Draws the edge along its route, with the label centred in its slot. */
    void place(Route r) {
        List<PathElement> els = new java.util.ArrayList<>();
        els.add(new MoveTo(r.x(0), r.y(0)));
        if (r.selfLoop()) {
            double bulge = 22;
            els.add(new CubicCurveTo(r.x(0) + bulge, r.y(0) - 8, r.x(1) + bulge, r.y(1) + 8, r.x(1), r.y(1)));
        } else if (r.extra()) {
            els.add(new LineTo(r.x(1), r.y(1)));
        } else {
            for (int i = 1; i < r.pointCount(); i++) {
                double x0 = r.x(i - 1);
                double y0 = r.y(i - 1);
                double x1 = r.x(i);
                double y1 = r.y(i);
                if (x0 == x1) {
                    els.add(new LineTo(x1, y1));
                } else {
                    double mid = (y1 - y0) / 2;
                    els.add(new CubicCurveTo(x0, y0 + mid, x1, y1 - mid, x1, y1));
                }
            }
        }
        path.getElements().setAll(els);
        double[] tri = arrowHead(r);
        arrow.getPoints().setAll(tri[0], tri[1], tri[2], tri[3], tri[4], tri[5]);
        // The whole slot (sized for four digits): the label turns bold when it is fresh or on a
        // cycle, and must not be cut short then.
        Box b = r.label();
        label.resizeRelocate(b.x(), b.y(), b.w(), b.h());
    }

    /** The arrowhead at the end the edge points to: the upper end for an upward edge, else the lower. */
    private static double[] arrowHead(Route r) {
        int n = r.pointCount();
        if (r.selfLoop()) {
            return GraphGeometry.arrow(new javafx.geometry.Point2D(r.x(1) + 10, r.y(1) + 3),
                    new javafx.geometry.Point2D(r.x(1), r.y(1)), 9, 4.5);
        }
        boolean atStart = r.upward();
        double tipX = atStart ? r.x(0) : r.x(n - 1);
        double tipY = atStart ? r.y(0) : r.y(n - 1);
        double fromX;
        double fromY;
        if (r.extra()) {
            fromX = atStart ? r.x(1) : r.x(0);
            fromY = atStart ? r.y(1) : r.y(0);
        } else { // the curves meet the classes vertically
            fromX = tipX;
            fromY = tipY + (atStart ? 10 : -10);
        }
        return GraphGeometry.arrow(new javafx.geometry.Point2D(fromX, fromY), new javafx.geometry.Point2D(tipX, tipY),
                10, 4.5);
    }

}
