package io.lockstep.ui.view;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.ui.view.layout.Box;
import io.lockstep.ui.view.layout.GraphLayout;
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
 * its colour beside the lock class it holds (in free space: it never covers a class or a label), and a dashed arrow from it to the lock class it
 * waits for, so the cycle thread → lock → thread → lock can be followed with a finger. The exact
 * lock instances are in the boxes' tooltips and in the finding line under the graph.
 */
final class GraphWaitCycle {
    /** A blocked (or holding) thread: its box, and the class of a lock it holds that another thread wants. */
    private record Tag(String thread, Label label, String holds) {}

    private record Wait(String thread, String lockClass, Line line, Polygon arrow) {}

    private final Group layer;
    private final Map<String, Tag> boxes = new LinkedHashMap<>();
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
            boxes.put(thread, new Tag(thread, l, holds.get(thread)));
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
     * Places each thread's box beside the class it holds (right of it, else left, above, below, then
     * further out), never on a class, an edge label or another box: {@code taken} holds the text
     * boxes already drawn and receives these. Then the dashed arrow from each thread to the class it
     * waits for, and a line from the class it holds to it. {@code boxOf} gives a class's box, or
     * null when it is not drawn.
     */
    void layout(Function<String, Box> boxOf, List<Box> taken) {
        int holdIndex = 0;
        for (Tag b : boxes.values()) {
            b.label().applyCss();
            b.label().autosize();
            Box held = b.holds() == null ? null : boxOf.apply(b.holds());
            String waitedClass = waitedBy(b.thread());
            Box waited = waitedClass == null ? null : boxOf.apply(waitedClass);
            Box anchor = held != null ? held : waited;
            Box at = anchor == null ? GraphLayout.freeSpot(List.of(new Box(4, 4, b.label().getWidth(),
                    b.label().getHeight())), taken)
                    : GraphLayout.besides(anchor, b.label().getWidth(), b.label().getHeight(), taken);
            b.label().relocate(at.x(), at.y());
            if (held != null) {
                Point2D c = new Point2D(at.centerX(), at.centerY());
                Point2D hc = new Point2D(held.centerX(), held.centerY());
                set(holdLines.get(holdIndex++), GraphGeometry.boxExit(hc, held.w() / 2 + 2, held.h() / 2 + 2, c), c);
            }
        }
        for (Wait w : waits) {
            Box from = boxes.get(w.thread()) == null ? null : boxOf(boxes.get(w.thread()).label());
            Box lock = boxOf.apply(w.lockClass());
            if (from == null || lock == null) {
                w.line().setVisible(false);
                w.arrow().setVisible(false);
                continue;
            }
            Point2D c = new Point2D(from.centerX(), from.centerY());
            Point2D lc = new Point2D(lock.centerX(), lock.centerY());
            Point2D start = GraphGeometry.boxExit(c, from.w() / 2 + 2, from.h() / 2 + 2, lc);
            Point2D end = GraphGeometry.boxExit(lc, lock.w() / 2 + 5, lock.h() / 2 + 5, c);
            set(w.line(), start, end);
            double[] tri = GraphGeometry.arrow(start, end, 13, 6.5);
            w.arrow().getPoints().setAll(tri[0], tri[1], tri[2], tri[3], tri[4], tri[5]);
        }
    }

    private static Box boxOf(Label l) {
        return new Box(l.getLayoutX(), l.getLayoutY(), l.getWidth(), l.getHeight());
    }

    /** The thread boxes on screen (tests check they overlap no text). */
    List<Box> threadBoxes() {
        return boxes.values().stream().map(b -> boxOf(b.label())).toList();
    }

    private String waitedBy(String thread) {
        return waits.stream().filter(w -> w.thread().equals(thread)).map(Wait::lockClass).findFirst().orElse(null);
    }

    private static void set(Line line, Point2D a, Point2D b) {
        line.setStartX(a.getX());
        line.setStartY(a.getY());
        line.setEndX(b.getX());
        line.setEndY(b.getY());
    }
}
