package io.lockstep.ui.view;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;

/**
 * The wait-for cycle of a deadlock drawn over the lock-order graph: each blocked thread as a box in
 * its colour tucked against the lock class it holds, and a dashed arrow from it to the lock class it
 * waits for, so the cycle thread → lock → thread → lock can be followed with a finger. The exact
 * lock instances are in the boxes' tooltips and in the finding line under the graph.
 */
final class GraphWaitCycle {
    /** A blocked (or holding) thread: its box, and the class of a lock it holds that another thread wants. */
    private record Box(String thread, Label label, String holds) {}

    private record Wait(String thread, String lockClass, Line line, Polygon arrow) {}

    private final Group layer;
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final List<Wait> waits = new ArrayList<>();
    private final List<Line> holdLines = new ArrayList<>();

    GraphWaitCycle(Group layer) {
        this.layer = layer;
    }

    /** Rebuilds the drawing for a deadlock, or clears it for null. */
    void show(Finding.Deadlock deadlock, Program program, Function<String, String> classOf) {
        layer.getChildren().clear();
        boxes.clear();
        waits.clear();
        holdLines.clear();
        if (deadlock == null) {
            return;
        }
        Map<String, String> holds = new LinkedHashMap<>();
        Map<String, StringBuilder> tips = new LinkedHashMap<>();
        for (Finding.Wait w : deadlock.cycle()) {
            if (w.holder() != null) {
                holds.putIfAbsent(w.holder(), classOf.apply(w.lock()));
                tips.computeIfAbsent(w.holder(), t -> new StringBuilder()).append("holds ").append(w.lock()).append('\n');
            }
            tips.computeIfAbsent(w.thread(), t -> new StringBuilder()).append("waits for ").append(w.lock()).append('\n');
        }
        for (String thread : tips.keySet()) {
            Label l = new Label(thread);
            l.getStyleClass().addAll(StyleClasses.GRAPH_THREAD,
                    StyleClasses.threadColorClass(program.threadLabels().indexOf(thread)));
            l.pseudoClassStateChanged(StyleClasses.DEADLOCKED, true);
            l.setTooltip(new Tooltip("\"" + thread + "\"\n" + tips.get(thread).toString().strip()));
            boxes.put(thread, new Box(thread, l, holds.get(thread)));
            if (holds.containsKey(thread)) {
                holdLines.add(styled(new Line()));
            }
        }
        for (Finding.Wait w : deadlock.cycle()) {
            Polygon arrow = styled(new Polygon());
            arrow.getStyleClass().add(StyleClasses.GRAPH_ARROW);
            waits.add(new Wait(w.thread(), classOf.apply(w.lock()), styled(new Line()), arrow));
        }
        layer.getChildren().addAll(holdLines);
        waits.forEach(w -> layer.getChildren().addAll(w.line(), w.arrow()));
        boxes.values().forEach(b -> layer.getChildren().add(b.label()));
    }

    private static <S extends Shape> S styled(S s) {
        s.getStyleClass().add(StyleClasses.GRAPH_WAIT);
        s.setMouseTransparent(true);
        return s;
    }

    /**
     * Places each thread's box beside the chord from the class it holds to the class it waits for,
     * on the left of that direction: in an ABBA deadlock the two threads land on either side of the
     * chord and the cycle reads as a diamond (lock, thread, lock, thread). Boxes stay inside
     * {@code bounds} (width, height). {@code nodeAt} gives a class's centre, {@code halfSize} its
     * half-width and half-height.
     */
    void layout(Point2D centre, double width, double height, Function<String, Point2D> nodeAt,
            Function<String, double[]> halfSize) {
        int holdIndex = 0;
        int k = 0;
        for (Box b : boxes.values()) {
            b.label().autosize();
            Point2D held = b.holds() == null ? null : nodeAt.apply(b.holds());
            String waitedClass = waitedBy(b.thread());
            Point2D waited = waitedClass == null ? null : nodeAt.apply(waitedClass);
            Point2D at;
            if (held != null && waited != null && !held.equals(waited)) {
                Point2D mid = held.midpoint(waited);
                Point2D d = waited.subtract(held);
                double len = d.magnitude();
                double off = Math.max(50, len * 0.38);
                at = mid.add(d.getY() / len * off, -d.getX() / len * off);
            } else {
                Point2D anchor = held != null ? held : waited != null ? waited : centre;
                at = anchor.add(centre.subtract(anchor).multiply(0.45)).add(0, 28 * k);
            }
            double bw = b.label().getWidth();
            double bh = b.label().getHeight();
            double x = Math.max(4, Math.min(width - bw - 4, at.getX() - bw / 2));
            double y = Math.max(4, Math.min(height - bh - 4, at.getY() - bh / 2));
            b.label().relocate(x, y);
            if (held != null) {
                double[] hs = halfSize.apply(b.holds());
                Point2D c = centerOf(b.label());
                set(holdLines.get(holdIndex++), GraphGeometry.boxExit(held, hs[0] + 2, hs[1] + 2, c), c);
            }
            k++;
        }
        for (Wait w : waits) {
            Box from = boxes.get(w.thread());
            Point2D lock = nodeAt.apply(w.lockClass());
            if (from == null || lock == null) {
                continue;
            }
            Point2D c = centerOf(from.label());
            double[] hs = halfSize.apply(w.lockClass());
            Point2D start = GraphGeometry.boxExit(c, from.label().getWidth() / 2 + 2, from.label().getHeight() / 2 + 2, lock);
            Point2D end = GraphGeometry.boxExit(lock, hs[0] + 5, hs[1] + 5, c);
            set(w.line(), start, end);
            double[] tri = GraphGeometry.arrow(start, end, 13, 6.5);
            w.arrow().getPoints().setAll(tri[0], tri[1], tri[2], tri[3], tri[4], tri[5]);
        }
    }

    private String waitedBy(String thread) {
        return waits.stream().filter(w -> w.thread().equals(thread)).map(Wait::lockClass).findFirst().orElse(null);
    }

    private static Point2D centerOf(Label l) {
        return new Point2D(l.getLayoutX() + l.getWidth() / 2, l.getLayoutY() + l.getHeight() / 2);
    }

    private static void set(Line line, Point2D a, Point2D b) {
        line.setStartX(a.getX());
        line.setStartY(a.getY());
        line.setEndX(b.getX());
        line.setEndY(b.getY());
    }
}
