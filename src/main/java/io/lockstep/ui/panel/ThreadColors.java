package io.lockstep.ui.panel;

/**
 * The colour of each thread, the same one the views use, as a style class the theme colours.
 * Threads share the views' palette of eight and wrap around beyond it.
 */
public final class ThreadColors {
    public static final int COLORS = 8;

    private ThreadColors() {}

    public static String styleClass(int thread) {
        return "lk-thread-" + Math.floorMod(thread, COLORS);
    }
}
