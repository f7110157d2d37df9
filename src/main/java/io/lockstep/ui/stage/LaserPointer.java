package io.lockstep.ui.stage;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;

/**
 * A soft red dot that follows the mouse, for pointing at a lane or an edge from a lectern when
 * the projector washes out the arrow cursor. L switches it on and off; it never takes a click.
 */
final class LaserPointer extends Pane {
    private final Circle dot = new Circle(18);
    private boolean on;

    LaserPointer(Node surface) {
        getStyleClass().add("lk-laser");
        dot.getStyleClass().add("lk-laser-dot");
        dot.setVisible(false);
        dot.setManaged(false);
        getChildren().add(dot);
        setMouseTransparent(true);
        setPickOnBounds(false);
        surface.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> follow(e.getSceneX(), e.getSceneY()));
        surface.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> follow(e.getSceneX(), e.getSceneY()));
    }

    void toggle() {
        on = !on;
        dot.setVisible(on);
        surfaceCursor();
    }

    boolean isOn() {
        return on;
    }

    private void follow(double sceneX, double sceneY) {
        if (on) {
            var p = sceneToLocal(sceneX, sceneY);
            dot.setCenterX(p.getX());
            dot.setCenterY(p.getY());
        }
    }

    private void surfaceCursor() {
        if (getParent() != null) {
            getParent().setCursor(on ? javafx.scene.Cursor.NONE : javafx.scene.Cursor.DEFAULT);
        }
    }
}
