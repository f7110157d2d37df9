package io.lockstep.ui.view;

import javafx.css.PseudoClass;

/**
 * Every style class and pseudo-class the views set, in one place, so that lockstep.css and the
 * code cannot drift apart silently and a theme author has one list to read.
 */
public final class StyleClasses {
    private StyleClasses() {}

    // The views themselves.
    public static final String MEMORY_MAP = "lk-memory-map";
    public static final String LOCK_TIMELINE = "lk-lock-timeline";
    public static final String LOCK_GRAPH = "lk-lock-graph";

    // Fonts the canvases read from CSS (see Palette): the body text and the small print.
    public static final String CANVAS_FONT = "lk-canvas-font";
    public static final String CANVAS_FONT_SMALL = "lk-canvas-font-small";
    public static final String CANVAS_FONT_BOLD = "lk-canvas-font-bold";

    // Lock-order graph nodes.
    public static final String GRAPH_CLASS = "lk-graph-class";
    public static final String GRAPH_EDGE = "lk-graph-edge";
    public static final String GRAPH_ARROW = "lk-graph-arrow";
    public static final String GRAPH_EDGE_LABEL = "lk-graph-edge-label";
    public static final String GRAPH_NOVALIDATE_NOTE = "lk-graph-novalidate-note";
    public static final String GRAPH_THREAD = "lk-graph-thread";
    public static final String GRAPH_WAIT = "lk-graph-wait";
    public static final String GRAPH_CAPTION = "lk-graph-caption";
    public static final String GRAPH_FINDING = "lk-graph-finding";
    public static final String GRAPH_DRAWING = "lk-graph-drawing";
    public static final String GRAPH_TOOLBAR = "lk-graph-toolbar";
    public static final String GRAPH_TOOL = "lk-graph-tool";
    public static final String GRAPH_FRAME = "lk-graph-frame";
    public static final String GRAPH_FRAME_TITLE = "lk-graph-frame-title";
    /** A lock class the kernel's lockdep does not track ({@code novalidate}): it cannot see its cycles. */
    public static final String NOVALIDATE = "novalidate";

    /** Style class of a graph thread box, per thread colour: {@code lk-thread-0} .. {@code lk-thread-7}. */
    public static String threadColorClass(int thread) {
        return "lk-thread-" + Math.floorMod(thread, Palette.THREAD_COLORS);
    }

    // Pseudo-classes: states of a lock, a thread, a cell or an edge.
    public static final PseudoClass HELD = PseudoClass.getPseudoClass("held");
    /** What a guided tour's stop points at (an edge, a thread card). */
    public static final PseudoClass TOUR = PseudoClass.getPseudoClass("tour");
    public static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    public static final PseudoClass DEADLOCKED = PseudoClass.getPseudoClass("deadlocked");
    public static final PseudoClass RACING = PseudoClass.getPseudoClass("racing");
    /** Part of a lock-order cycle nothing serialises (red). */
    public static final PseudoClass INVERSION = PseudoClass.getPseudoClass("inversion");
    /** Part of a lock-order cycle whose every edge was made under one gate lock (amber). */
    public static final PseudoClass GUARDED = PseudoClass.getPseudoClass("guarded");
    /** The gate lock of a guarded inversion. */
    public static final PseudoClass GATE = PseudoClass.getPseudoClass("gate");
    /** Made at exactly the step shown. */
    public static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    /** A lock class no edge touches yet at the step shown. */
    public static final PseudoClass IDLE = PseudoClass.getPseudoClass("idle");
    /** An edge that only this side of a comparison can make (the other model never does). */
    public static final PseudoClass ONLY_HERE = PseudoClass.getPseudoClass("only-here");
}
