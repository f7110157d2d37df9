package io.lockstep.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The line over the graph: what it shows (edges so far of all the scenario can make), and its
 * controls: "Cycle only", zoom out, fit, zoom in, and "Enlarge" (its own window).
 */
final class GraphToolbar extends HBox {
    private final Label caption = new Label();
    private final ToggleButton cycleOnly = new ToggleButton("Cycle only");
    private final Button enlarge = new Button("Enlarge");

    GraphToolbar(Runnable filterChanged, GraphViewport viewport, GraphEnlarger enlarger) {
        super(4);
        getStyleClass().add(StyleClasses.GRAPH_TOOLBAR);
        setAlignment(Pos.CENTER_LEFT);
        caption.getStyleClass().add(StyleClasses.GRAPH_CAPTION);
        caption.setMinWidth(0);
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        cycleOnly.setTooltip(new Tooltip("Show only the classes of the inversions and the deadlock found so far"));
        cycleOnly.selectedProperty().addListener((obs, was, is) -> filterChanged.run());
        Button out = tool("\u2212", "Zoom out (Ctrl + mouse wheel)", () -> viewport.zoomBy(1 / 1.25));
        Button fit = tool("Fit", "Fit the graph to the pane", viewport::resetZoom);
        Button in = tool("+", "Zoom in (Ctrl + mouse wheel); drag to pan", () -> viewport.zoomBy(1.25));
        enlarge.setTooltip(new Tooltip("Open the graph in a window of its own"));
        enlarge.setOnAction(e -> enlarger.toggle());
        for (var b : new javafx.scene.control.ButtonBase[] {cycleOnly, enlarge}) {
            b.getStyleClass().add(StyleClasses.GRAPH_TOOL);
            b.setFocusTraversable(false);
        }
        getChildren().addAll(caption, cycleOnly, out, fit, in, enlarge);
    }

    private Button tool(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add(StyleClasses.GRAPH_TOOL);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    boolean cycleOnly() {
        return cycleOnly.isSelected();
    }

    ToggleButton cycleOnlyButton() {
        return cycleOnly;
    }

    Button enlargeButton() {
        return enlarge;
    }

    void enlarged(boolean enlarged) {
        enlarge.setText(enlarged ? "Put back" : "Enlarge");
    }

    void caption(int shown, int total, int classes, boolean provisional, boolean filtered) {
        String text = shown + " of " + total + " edge" + (total == 1 ? "" : "s") + ", " + classes + " classes"
                + (filtered ? " (cycle only)" : "");
        caption.setText(provisional ? text + " (layout follows this run until every interleaving is explored)" : text);
        caption.setTooltip(new Tooltip("The layout holds every lock-order edge of every interleaving; an edge appears "
                + "when the run makes it, labelled with its step. Classes are in layers, outer locks above inner "
                + "ones, so an edge pointing upward closes a cycle."));
    }
}
