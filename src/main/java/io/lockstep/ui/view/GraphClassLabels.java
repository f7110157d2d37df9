package io.lockstep.ui.view;

import io.lockstep.model.LockDecl;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The labels of one lock class in the graph: its name (with what it protects on hover) and its note. */
final class GraphClassLabels {
    private GraphClassLabels() {}

    static Label name(String cls, LockDecl decl) {
        Label l = new Label(cls);
        l.getStyleClass().add(StyleClasses.GRAPH_CLASS);
        l.setAlignment(javafx.geometry.Pos.CENTER);
        if (decl != null && decl.novalidate()) {
            l.getStyleClass().add(StyleClasses.NOVALIDATE);
        }
        Tooltip tip = new Tooltip(LockFacts.describe(cls, decl));
        tip.setShowDelay(Duration.millis(250));
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        l.setTooltip(tip);
        hideUntilPlaced(l);
        return l;
    }

    static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add(StyleClasses.GRAPH_NOVALIDATE_NOTE);
        hideUntilPlaced(note);
        return note;
    }

    /**
     * Hidden until the layout places it, and sized by the layout, not by its Group (which would
     * resize it to its text as it turns bold or plain, and let it grow over its neighbours).
     */
    private static void hideUntilPlaced(Label l) {
        l.setVisible(false);
        l.setManaged(false);
    }

    /**
     * Each class's box size (name, and its note under it), measured in the label's widest dress
     * (bold, the gate's thick border) so that no state truncates it; the name lines' heights go
     * into {@code nameHeights}. The labels must have had their CSS applied.
     */
    static java.util.Map<String, double[]> measure(java.util.List<String> classes, java.util.Map<String, Label> nodes,
            java.util.Map<String, Label> notes, java.util.Map<String, Double> nameHeights) {
        nodes.values().forEach(l -> l.pseudoClassStateChanged(StyleClasses.GATE, true));
        nodes.values().forEach(Label::applyCss);
        java.util.Map<String, double[]> sizes = new java.util.LinkedHashMap<>();
        for (String cls : classes) {
            Label l = nodes.get(cls);
            Label note = notes.get(cls);
            double w = Math.ceil(l.prefWidth(-1));
            double h = Math.ceil(l.prefHeight(-1));
            nameHeights.put(cls, h);
            if (!note.getText().isEmpty()) {
                w = Math.max(w, Math.ceil(note.prefWidth(-1)));
                h += Math.ceil(note.prefHeight(-1));
            }
            sizes.put(cls, new double[] {w, h});
            l.pseudoClassStateChanged(StyleClasses.GATE, false);
        }
        return sizes;
    }
}
