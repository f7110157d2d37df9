package io.lockstep.ui.view;

import io.lockstep.event.Finding;
import io.lockstep.ui.view.LockGraphModel.Reported;
import io.lockstep.ui.view.layout.Box;
import io.lockstep.ui.view.layout.GraphLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;

/**
 * The frames of guarded inversions: a rounded amber frame around the cycles' classes and labels,
 * named after the gate that serialises them ("guarded by device_hotplug_lock"). The name goes on the
 * frame's border where that covers no text, else at the first free spot near it.
 */
final class GraphFrames {
    private final Group layer;
    private final Group titleLayer;
    private final List<Box> titles = new ArrayList<>();

    /** Frames go under the edges, their names over them. */
    GraphFrames(Group layer, Group titleLayer) {
        this.layer = layer;
        this.titleLayer = titleLayer;
    }

    /**
     * Draws one frame per gate, around every guarded cycle it serialises that was reported so far
     * (several cycles under one gate are one story: "these all wait for device_hotplug_lock");
     * {@code taken} gets the titles' boxes.
     */
    void show(List<Reported<Finding.Inversion>> inversions, GraphLayout layout, List<Box> taken) {
        layer.getChildren().clear();
        titleLayer.getChildren().clear();
        titles.clear();
        Map<String, Set<String>> byGate = new LinkedHashMap<>();
        for (Reported<Finding.Inversion> r : inversions) {
            Finding.Inversion inv = r.finding();
            if (inv.gate() != null && !inv.recursive() && layout.nodes().keySet().containsAll(inv.cycle())) {
                byGate.computeIfAbsent(inv.gate(), g -> new LinkedHashSet<>()).addAll(inv.cycle());
            }
        }
        for (Map.Entry<String, Set<String>> e : byGate.entrySet()) {
            Box f = layout.frameAround(e.getValue());
            Rectangle frame = new Rectangle(f.x(), f.y(), f.w(), f.h());
            frame.setArcWidth(18);
            frame.setArcHeight(18);
            frame.getStyleClass().add(StyleClasses.GRAPH_FRAME);
            frame.setMouseTransparent(true);
            Label title = new Label("guarded by " + e.getKey());
            title.getStyleClass().add(StyleClasses.GRAPH_FRAME_TITLE);
            title.setManaged(false);
            layer.getChildren().add(frame);
            titleLayer.getChildren().add(title);
            title.applyCss();
            double w = Math.ceil(title.prefWidth(-1));
            double h = Math.ceil(title.prefHeight(-1));
            Box at = GraphLayout.freeSpot(titleSpots(f, w, h), taken);
            title.resizeRelocate(at.x(), at.y(), w, h);
            title.setTooltip(new javafx.scene.control.Tooltip("Every edge of the framed cycles was made while holding "
                    + e.getKey() + ", so the threads that make them never run a cycle at the same time: lockdep "
                    + "still reports it, but it cannot deadlock while every path takes the gate."));
            titles.add(at);
        }
    }

    /**
     * On the frame's border (top, then bottom) at a few places along it, then anywhere inside it
     * from the top left, then just outside it.
     */
    private static List<Box> titleSpots(Box f, double w, double h) {
        List<Box> out = new ArrayList<>();
        for (double y : new double[] {f.y() - h / 2, f.maxY() - h / 2}) {
            for (double t = 0; t <= 1.0001; t += 0.125) {
                out.add(new Box(f.x() + 10 + t * Math.max(0, f.w() - w - 20), y, w, h));
            }
        }
        for (double y = f.y() + 3; y + h <= f.maxY() - 3; y += 3) {
            for (double x = f.x() + 6; x + w <= f.maxX() - 6; x += 6) {
                out.add(new Box(x, y, w, h));
            }
        }
        for (double y : new double[] {f.y() - h - 2, f.maxY() + 2}) {
            for (double t = 0; t <= 1.0001; t += 0.125) {
                out.add(new Box(f.x() + 10 + t * Math.max(0, f.w() - w - 20), y, w, h));
            }
        }
        return out;
    }

    List<Box> titleBoxes() {
        return List.copyOf(titles);
    }
}
