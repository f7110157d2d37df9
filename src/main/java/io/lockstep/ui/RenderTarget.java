package io.lockstep.ui;

import io.lockstep.ui.export.Capture;
import io.lockstep.ui.view.LockGraphView;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.view.MemoryMapView;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * What {@code render --view} draws from the main window: the whole window, or one view alone at
 * the window's size. A view alone is taken out of its pane and made the scene's root (in a pane
 * wearing the window's style class, so the theme's rules still reach it); the session keeps
 * driving it as before, so its animation is the same frames as in the window. Done once, before
 * the run is driven: the window is not shown to anyone in render.
 */
final class RenderTarget {
    private RenderTarget() {}

    static Capture capture(Scene scene, LaunchOptions.View view) {
        Class<? extends Node> type = switch (view) {
            case GRAPH -> LockGraphView.class;
            case TIMELINE -> LockTimelineView.class;
            case MAP -> MemoryMapView.class;
            default -> null;
        };
        if (type == null) {
            return Capture.drawn(scene::getRoot);
        }
        Node node = find(scene.getRoot(), type);
        if (node == null || !(node.getParent() instanceof Pane parent)) {
            throw new IllegalStateException("the window has no " + view.word() + " view to render");
        }
        parent.getChildren().remove(node);
        StackPane alone = new StackPane(node);
        alone.getStyleClass().add("lk-window");
        scene.setRoot(alone);
        return Capture.drawn(scene::getRoot);
    }

    private static Node find(Node n, Class<? extends Node> type) {
        if (type.isInstance(n)) {
            return n;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
