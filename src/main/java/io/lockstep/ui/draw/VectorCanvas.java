package io.lockstep.ui.draw;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;

/**
 * Lets a canvas that paints through a {@link Drawing} say how to paint itself again into another
 * one, so that an export walking the scene gets its vectors and text instead of its pixels.
 */
public final class VectorCanvas {
    private static final Object KEY = VectorCanvas.class;

    private VectorCanvas() {}

    /** {@code painter} repaints the canvas's current picture, in the canvas's own coordinates. */
    public static void register(Canvas canvas, Consumer<Drawing> painter) {
        canvas.getProperties().put(KEY, painter);
    }

    @SuppressWarnings("unchecked")
    public static Optional<Consumer<Drawing>> painter(Canvas canvas) {
        return Optional.ofNullable((Consumer<Drawing>) canvas.getProperties().get(KEY));
    }
}
