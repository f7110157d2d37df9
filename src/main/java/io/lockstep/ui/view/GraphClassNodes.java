package io.lockstep.ui.view;

import io.lockstep.engine.Program;
import io.lockstep.ui.view.layout.Box;
import io.lockstep.ui.view.layout.GraphLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Group;
import javafx.scene.control.Label;

/**
 * The lock classes of {@link LockGraphView}'s drawing: for each class its name label and its note
 * under it ("lockdep cannot see" on a novalidate class), built once per program, placed where the
 * layout puts the class, and styled at each step as red, amber, a gate or idle.
 */
final class GraphClassNodes {
    private static final String NOVALIDATE_NOTE = "lockdep cannot see";

    private final Group layer;
    private final Map<String, Label> names = new LinkedHashMap<>();
    private final Map<String, Label> notes = new LinkedHashMap<>();
    /** The height of each class's name line, measured once: its note goes under it. */
    private final Map<String, Double> nameHeights = new LinkedHashMap<>();

    GraphClassNodes(Group layer) {
        this.layer = layer;
    }

    /** Makes the labels of {@code p}'s classes, in class order; returns the class names. */
    List<String> build(Program p) {
        names.clear();
        notes.clear();
        nameHeights.clear();
        layer.getChildren().clear();
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < p.lockClassCount(); i++) {
            String cls = p.lockClassName(i);
            var decl = p.scenario().locks().get(cls);
            classes.add(cls);
            names.put(cls, GraphClassLabels.name(cls, decl));
            notes.put(cls, GraphClassLabels.note(decl != null && decl.novalidate() ? NOVALIDATE_NOTE : ""));
            layer.getChildren().addAll(names.get(cls), notes.get(cls));
        }
        return classes;
    }

    /** Each class's box size, name and note (the labels must have had their CSS applied). */
    Map<String, double[]> measure(List<String> classes) {
        return GraphClassLabels.measure(classes, names, notes, nameHeights);
    }

    /** Puts every class where {@code placed} says; a class it leaves out stays hidden. */
    void place(GraphLayout placed) {
        for (Map.Entry<String, Label> e : names.entrySet()) {
            Box b = placed.nodes().get(e.getKey());
            Label l = e.getValue();
            Label note = notes.get(e.getKey());
            if (b == null) {
                l.setVisible(false);
                note.setVisible(false);
                continue;
            }
            double nameH = note.getText().isEmpty() ? b.h() : nameHeights.getOrDefault(e.getKey(), b.h());
            l.resizeRelocate(b.x(), b.y(), b.w(), nameH);
            note.resizeRelocate(b.x(), b.y() + nameH, b.w(), b.h() - nameH);
            note.setAlignment(javafx.geometry.Pos.CENTER);
        }
    }

    /**
     * Shows the placed classes {@code keeps} lets through, coloured by {@code h}; a class no visible
     * edge {@code touched} (and no gate) is drawn idle.
     */
    void style(GraphLayout placed, Predicate<String> keeps, GraphHighlight h, Set<String> touched) {
        for (Map.Entry<String, Label> e : names.entrySet()) {
            String cls = e.getKey();
            Label l = e.getValue();
            boolean shownHere = placed.nodes().containsKey(cls) && keeps.test(cls);
            l.setVisible(shownHere);
            notes.get(cls).setVisible(shownHere && !notes.get(cls).getText().isEmpty());
            l.pseudoClassStateChanged(StyleClasses.INVERSION, h.redClasses().contains(cls));
            l.pseudoClassStateChanged(StyleClasses.GUARDED, h.amberClasses().contains(cls));
            l.pseudoClassStateChanged(StyleClasses.GATE, h.gates().contains(cls));
            l.pseudoClassStateChanged(StyleClasses.IDLE, !touched.contains(cls) && !h.gates().contains(cls));
        }
    }

    /** Whether {@code cls} is on screen now. */
    boolean isShown(String cls) {
        Label l = names.get(cls);
        return l != null && l.isVisible();
    }

    /** The boxes of the classes on screen, in class order. */
    List<Box> shownBoxes(GraphLayout placed) {
        List<Box> out = new ArrayList<>();
        names.forEach((cls, l) -> {
            if (l.isVisible()) {
                out.add(placed.nodes().get(cls));
            }
        });
        return out;
    }
}
