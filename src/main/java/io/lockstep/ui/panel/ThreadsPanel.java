package io.lockstep.ui.panel;

import io.lockstep.ui.vm.RunViewModel;
import io.lockstep.ui.vm.StepView;
import io.lockstep.ui.vm.ThreadSnapshot;
import java.util.ArrayList;
import java.util.List;
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
                byThread.add(new ThreadCard(t, () -> run.stepThread(thread)));
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
    }

    /** The card of thread {@code t} (for tests). */
    public javafx.scene.Node card(int t) {
        return byThread.get(t);
    }
}
