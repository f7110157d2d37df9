package io.lockstep.ui.panel;

import io.lockstep.ui.vm.RunViewModel;
import io.lockstep.ui.vm.StepView;
import io.lockstep.ui.vm.ThreadSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.Scenario;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The threads of the run at the shown step, one card each, in thread order. Clicking a card (or
 * pressing its number) makes that thread take its next step.
 */
public final class ThreadsPanel extends VBox {
    private final RunViewModel run;
    private final VBox cards = new VBox(8);
    private final List<ThreadCard> byThread = new ArrayList<>();
    private StepView shown;
    private BiConsumer<String, String> onPatchProc = (release, proc) -> {};

    public ThreadsPanel(RunViewModel run) {
        this.run = run;
        getStyleClass().add(PanelStyles.THREADS_PANEL);
        Label title = new Label("Threads");
        title.getStyleClass().add(PanelStyles.SECTION_TITLE);
        Label hint = new Label("Click a thread, or press its number, to make it take its next step.");
        hint.getStyleClass().add(PanelStyles.HINT);
        hint.setWrapText(true);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, hint, scroll);
        run.currentProperty().addListener((obs, was, is) -> show(is));
    }

    private void show(StepView v) {
        if (v == null) {
            return;
        }
        List<ThreadSnapshot> threads = v.threads();
        if (byThread.size() != threads.size()) {
            byThread.clear();
            for (int t = 0; t < threads.size(); t++) {
                int thread = t;
                byThread.add(new ThreadCard(t, () -> {
                    if (!chooser.test(thread)) {
                        run.stepThread(thread);
                    }
                }, procActions));
            }
            cards.getChildren().setAll(byThread);
        }
        for (ThreadSnapshot t : threads) {
            byThread.get(t.number()).show(t, t.number() == v.nextThread());
        }
        boolean moved = shown == null || shown.trace() != v.trace() || shown.step() != v.step();
        if (moved && v.steppedThread() >= 0) {
            byThread.get(v.steppedThread()).flash();
        }
        shown = v;
        highlight(highlighted);
    }

    /** Who sees a card's click first (a tour's question); true when it took it, and the thread does not step. */
    private java.util.function.IntPredicate chooser = t -> false;
    private java.util.Set<Integer> highlighted = java.util.Set.of();
    private static final javafx.css.PseudoClass TOUR = javafx.css.PseudoClass.getPseudoClass("tour");

    public void setThreadChooser(java.util.function.IntPredicate chooser) {
        this.chooser = chooser;
    }

    /** Rings the cards of these threads (a tour's stop points at them). */
    public void highlight(java.util.Set<Integer> threads) {
        highlighted = java.util.Set.copyOf(threads);
        for (int t = 0; t < byThread.size(); t++) {
            byThread.get(t).pseudoClassStateChanged(TOUR, highlighted.contains(t));
        }
    }

    /**
     * What "patch" on a model proc's frame does: it is given the proc's model (such as {@code v4.20})
     * and name; the window copies that proc into the scenario.
     */
    public void setOnPatchProc(BiConsumer<String, String> action) {
        onPatchProc = action;
    }

    private final ThreadCard.ProcActions procActions = new ThreadCard.ProcActions() {
        @Override
        public String actionFor(String procName) {
            ProcDecl proc = proc(procName);
            if (proc == null) {
                return null;
            }
            return proc.fromBundledModel() ? "patch" : proc.pos().file().equals(scenario().file()) ? "edit" : null;
        }

        @Override
        public void run(String procName) {
            ProcDecl proc = proc(procName);
            if (proc != null) {
                // A model proc is copied from its model; a proc of the scenario is only shown (it is there already).
                onPatchProc.accept(proc.fromBundledModel() ? proc.origin() : scenario().release(), procName);
            }
        }

        @Override
        public String whyFor(String procName) {
            ProcDecl proc = proc(procName);
            if (proc == null) {
                return null;
            }
            String where = proc.at() == null ? proc.pos().toString() : proc.at();
            return procName + " @ " + where + (proc.why() == null ? "" : "\n" + proc.why());
        }

        @Override
        public String whyOf(String procName) {
            ProcDecl proc = proc(procName);
            return proc == null ? null : proc.why();
        }

        private ProcDecl proc(String name) {
            return scenario() == null ? null : scenario().procs().get(name);
        }

        private Scenario scenario() {
            return run.program() == null ? null : run.program().scenario();
        }
    };

    /** The card of thread {@code t} (for tests). */
    public javafx.scene.Node card(int t) {
        return byThread.get(t);
    }
}
