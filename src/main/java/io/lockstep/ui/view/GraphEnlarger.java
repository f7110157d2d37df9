package io.lockstep.ui.view;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Moves the graph view into a window of its own, as large as the screen allows, and back. The same
 * view object moves (the window's frame loop keeps updating it), and a note holds its place in the
 * pane meanwhile. Closing the window puts it back.
 */
final class GraphEnlarger {
    private final LockGraphView view;
    private Stage stage;
    private Pane home;
    private int homeIndex;
    private Label placeholder;

    GraphEnlarger(LockGraphView view) {
        this.view = view;
    }

    boolean enlarged() {
        return stage != null;
    }

    void toggle() {
        if (stage == null) {
            enlarge();
        } else {
            stage.close();
        }
    }

    private void enlarge() {
        Parent parent = view.getParent();
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        if (!(parent instanceof Pane pane)) {
            return;
        }
        home = pane;
        homeIndex = pane.getChildren().indexOf(view);
        placeholder = new Label("The lock-order graph is in its own window; close it to bring it back here.");
        placeholder.getStyleClass().add(StyleClasses.GRAPH_CAPTION);
        placeholder.setWrapText(true);
        copyLayoutConstraints(view, placeholder);
        pane.getChildren().set(homeIndex, placeholder);
        stage = new Stage();
        stage.setTitle("Lock-order graph — Lockstep");
        if (owner != null) {
            stage.initOwner(owner);
        }
        StackPane root = new StackPane(view);
        root.getStyleClass().add("lk-window");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth() * 0.9), Math.min(950, screen.getHeight() * 0.9));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> putBack());
        stage.show();
        view.enlargedChanged(true);
    }

    private void putBack() {
        if (stage == null) {
            return;
        }
        ((StackPane) stage.getScene().getRoot()).getChildren().remove(view);
        int at = home.getChildren().indexOf(placeholder);
        if (at >= 0) {
            home.getChildren().set(at, view);
        } else {
            home.getChildren().add(Math.min(homeIndex, home.getChildren().size()), view);
        }
        stage = null;
        view.enlargedChanged(false);
    }

    private static void copyLayoutConstraints(javafx.scene.Node from, javafx.scene.Node to) {
        to.getProperties().putAll(from.getProperties());
    }
}
