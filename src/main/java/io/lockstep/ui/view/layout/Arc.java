package io.lockstep.ui.view.layout;

/**
 * A lock-order edge to lay out: {@code from} was held while {@code to} was taken. {@code closing}
 * marks the edge that closed an inversion's cycle (the layout makes it the upward one).
 */
public record Arc(String from, String to, boolean closing) {
    public String key() {
        return key(from, to);
    }

    public boolean selfLoop() {
        return from.equals(to);
    }

    public static String key(String from, String to) {
        return from + "->" + to;
    }
}
