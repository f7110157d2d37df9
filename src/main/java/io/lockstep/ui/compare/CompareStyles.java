package io.lockstep.ui.compare;

import javafx.css.PseudoClass;

/** The style classes of the compare view, in one place so that {@code compare.css} and the code agree. */
final class CompareStyles {
    private CompareStyles() {}

    static final String STYLESHEET = "/io/lockstep/ui/compare/compare.css";

    static final String VIEW = "lk-compare";
    static final String TOP = "lk-compare-top";
    static final String PANE = "lk-compare-pane";
    static final String PANE_HEADER = "lk-compare-pane-header";
    static final String SIDE_NAME = "lk-compare-side-name";
    static final String SIDE_STEP = "lk-compare-side-step";
    static final String SIDE_BADGE = "lk-compare-side-badge";
    static final String CHANGE = "lk-compare-change";
    static final String PARTING = "lk-compare-parting";
    static final String ONLY_HERE = "lk-compare-only-here";
    static final String ONLY_TITLE = "lk-compare-only-title";
    static final String ONLY_ITEM = "lk-compare-only-item";
    static final String THREAD_LINE = "lk-compare-thread";
    static final String TRANSPORT = "lk-compare-transport";

    /** A change badge: the left model's finding is gone on the right (green), or one appears there (red). */
    static final PseudoClass GONE = PseudoClass.getPseudoClass("gone");
    static final PseudoClass APPEARS = PseudoClass.getPseudoClass("appears");
    /** A side badge: this model has the finding, it has none, or it is still being explored. */
    static final PseudoClass FOUND = PseudoClass.getPseudoClass("found");
    static final PseudoClass NOT_FOUND = PseudoClass.getPseudoClass("not-found");
    static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");
    /** The finding shows in this pane's run at or before its step. */
    static final PseudoClass IN_RUN = PseudoClass.getPseudoClass("in-run");
    /** The cursor is at or past the parting: the panes now follow different schedules. */
    static final PseudoClass PARTED = PseudoClass.getPseudoClass("parted");
    static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
}
