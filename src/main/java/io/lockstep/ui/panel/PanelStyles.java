package io.lockstep.ui.panel;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * The style classes and pseudo-classes of the panels around the views (threads, transport,
 * verdicts, narration, editor), in one place so that {@code panels.css} and the code agree.
 * Colours come from looked-up variables of the theme, so the presentation theme restyles them too.
 */
public final class PanelStyles {
    private PanelStyles() {}

    public static final String STYLESHEET = "/io/lockstep/ui/panel/panels.css";

    public static final String HEADER = "lk-header";
    public static final String TITLE = "lk-title";
    public static final String SUBTITLE = "lk-subtitle";
    public static final String APP_MARK = "lk-app-mark";
    public static final String SECTION_TITLE = "lk-section-title";
    public static final String HINT = "lk-hint";

    public static final String THREADS_PANEL = "lk-threads-panel";
    public static final String THREAD_CARD = "lk-thread-card";
    public static final String THREAD_KEY = "lk-thread-key";
    public static final String THREAD_LABEL = "lk-thread-label";
    public static final String THREAD_STATE = "lk-thread-state";
    public static final String THREAD_NEXT = "lk-thread-next";
    public static final String THREAD_STACK = "lk-thread-stack";
    /** The why under the innermost frame of a thread's stack. */
    public static final String THREAD_WHY = "lk-thread-why";
    public static final String THREAD_FLASH = "lk-thread-flash";
    /** A frame of a thread's stack that offers an action (patch this proc). */
    public static final String THREAD_FRAME = "lk-thread-frame";
    public static final String FRAME_ACTION = "lk-frame-action";

    public static final String TRANSPORT = "lk-transport";
    public static final String STEP_COUNTER = "lk-step-counter";
    public static final String NEXT_STEP = "lk-next-step";
    public static final String SCRUBBER = "lk-scrubber";

    public static final String VERDICT_BAR = "lk-verdict-bar";
    public static final String BADGE = "lk-badge";
    public static final String BADGE_TITLE = "lk-badge-title";
    public static final String BADGE_STATUS = "lk-badge-status";
    public static final String EXPECT = "lk-expect";

    public static final String NARRATION = "lk-narration";
    public static final String NARRATION_HEADLINE = "lk-narration-headline";
    public static final String NARRATION_DETAIL = "lk-narration-detail";
    public static final String NARRATION_WHY = "lk-narration-why";

    public static final String EDITOR = "lk-editor";
    public static final String EDITOR_TEXT = "lk-editor-text";
    public static final String EDITOR_SCROLL = "lk-editor-scroll";
    /** The message of a problem, shown while the mouse rests on its mark in the text. */
    public static final String EDITOR_HOVER = "lk-editor-hover";
    public static final String COMPLETIONS = "lk-completions";
    public static final String COMPLETION_NAME = "lk-completion-name";
    public static final String COMPLETION_DETAIL = "lk-completion-detail";
    public static final String DIAGNOSTICS = "lk-diagnostics";

    public static final String VIEW_PANE = "lk-view-pane";
    public static final String VIEW_CAPTION = "lk-view-caption";

    // Thread states.
    public static final PseudoClass RUNNABLE = PseudoClass.getPseudoClass("runnable");
    public static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    public static final PseudoClass SLEEPING = PseudoClass.getPseudoClass("sleeping");
    public static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    public static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");
    /** The thread that "step" (Space) would move. */
    public static final PseudoClass NEXT = PseudoClass.getPseudoClass("next");

    // Badge and expect-line states.
    public static final PseudoClass FOUND = PseudoClass.getPseudoClass("found");
    public static final PseudoClass NOT_FOUND = PseudoClass.getPseudoClass("not-found");
    public static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");
    public static final PseudoClass NOT_CHECKED = PseudoClass.getPseudoClass("not-checked");
    /** The run on screen has shown this finding at or before the shown step. */
    public static final PseudoClass IN_RUN = PseudoClass.getPseudoClass("in-run");
    public static final PseudoClass HOLDS = PseudoClass.getPseudoClass("holds");
    public static final PseudoClass FAILS = PseudoClass.getPseudoClass("fails");
    /** An expect line written for another model than the one the run uses: news, not a failure. */
    public static final PseudoClass FOREIGN = PseudoClass.getPseudoClass("foreign");

    // Narration tones and diagnostics.
    public static final PseudoClass FINDING = PseudoClass.getPseudoClass("finding");
    /** A guarded inversion: found, but its gate keeps it from deadlocking (amber, not red). */
    public static final PseudoClass GUARDED = PseudoClass.getPseudoClass("guarded");
    public static final PseudoClass NOTE = PseudoClass.getPseudoClass("note");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    /** Sets exactly one of {@code choices} on {@code node} (the others off). */
    public static void setOnly(Node node, PseudoClass on, PseudoClass... choices) {
        for (PseudoClass c : choices) {
            node.pseudoClassStateChanged(c, c == on);
        }
    }
}
