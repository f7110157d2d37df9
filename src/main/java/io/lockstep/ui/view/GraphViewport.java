package io.lockstep.ui.view;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.transform.Scale;

/**
 * Shows the graph drawing scaled to fit the pane, times a zoom the user picks (the buttons, or
 * Ctrl + mouse wheel); when zoomed in past the pane, it scrolls and pans. The drawing keeps its
 * own coordinates (those of the layout), so zooming never re-lays anything out.
 */
final class GraphViewport extends ScrollPane {
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 4;
    /** A small graph is shown at most this much larger than its layout (text stays in proportion). */
    private static final double MAX_FIT = 1.25;

    private final Pane drawing;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final StackPane holder;
    private double drawingWidth = 1;
    private double drawingHeight = 1;
    private double zoom = 1;

    GraphViewport(Pane drawing) {
        this.drawing = drawing;
        drawing.getTransforms().add(scale);
        drawing.setManaged(true);
        holder = new StackPane(new Group(drawing));
        setContent(holder);
        setPannable(true);
        setFitToWidth(false);
        setFitToHeight(false);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        getStyleClass().add("lk-graph-viewport");
        viewportBoundsProperty().addListener((obs, was, is) -> rescale());
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || e.isShortcutDown()) {
                zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                e.consume();
            }
        });
        setMinSize(0, 0);
    }

    /** The size of what is drawn, in layout units; the scale follows. */
    void setDrawingSize(double w, double h) {
        if (w != drawingWidth || h != drawingHeight) {
            drawingWidth = Math.max(1, w);
            drawingHeight = Math.max(1, h);
            drawing.setPrefSize(drawingWidth, drawingHeight);
            drawing.setMinSize(drawingWidth, drawingHeight);
            drawing.setMaxSize(drawingWidth, drawingHeight);
            rescale();
        }
    }

    void zoomBy(double factor) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        rescale();
    }

    void resetZoom() {
        zoom = 1;
        rescale();
    }

    double zoom() {
        return zoom;
    }

    /** Layout units to screen pixels: the fit times the zoom. */
    double scale() {
        return scale.getX();
    }

    private void rescale() {
        Bounds v = getViewportBounds();
        double vw = v == null || v.getWidth() <= 0 ? drawingWidth : v.getWidth();
        double vh = v == null || v.getHeight() <= 0 ? drawingHeight : v.getHeight();
        double fit = Math.min(MAX_FIT, Math.min(vw / drawingWidth, vh / drawingHeight));
        double s = Math.max(0.05, fit * zoom);
        scale.setX(s);
        scale.setY(s);
        // Centred while it fits; scrollable once it is larger than the pane.
        holder.setMinSize(vw, vh);
        holder.setPrefSize(Math.max(vw, drawingWidth * s), Math.max(vh, drawingHeight * s));
    }
}
