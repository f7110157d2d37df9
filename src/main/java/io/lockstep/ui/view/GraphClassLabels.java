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
}
