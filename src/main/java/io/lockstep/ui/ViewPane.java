package io.lockstep.ui;

import io.lockstep.ui.panel.PanelStyles;
import io.lockstep.ui.view.TraceView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One of the three views under a caption that names it and says how to use it. */
final class ViewPane extends VBox {
    private final TraceView view;

    ViewPane(String caption, String hint, TraceView view) {
        this(caption, hint, view, (Node) view);
    }

    /** The same, showing {@code shown} in the view's place: the view with a layer over it (a tour's rings). */
    ViewPane(String caption, String hint, TraceView view, Node shown) {
        this.view = view;
        getStyleClass().add(PanelStyles.VIEW_PANE);
        Label title = new Label(caption);
        title.getStyleClass().add(PanelStyles.VIEW_CAPTION);
        Label help = new Label(hint);
        help.getStyleClass().add(PanelStyles.HINT);
        help.setMinWidth(0);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(10, title, help);
        top.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        if (view instanceof Region r) {
            r.setMinSize(0, 0);
        }
        Node node = shown;
        if (node instanceof Region r) {
            r.setMinSize(0, 0);
        }
        VBox.setVgrow(node, Priority.ALWAYS);
        getChildren().addAll(top, node);
        setMinSize(0, 0);
    }

    TraceView view() {
        return view;
    }
}
