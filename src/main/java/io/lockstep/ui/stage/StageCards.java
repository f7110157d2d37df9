package io.lockstep.ui.stage;

import io.lockstep.ui.panel.ThreadColors;
import io.lockstep.ui.vm.RunViewModel;
import io.lockstep.ui.vm.StepView;
import io.lockstep.ui.vm.ThreadSnapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The threads on a stage, as large cards: key number and name, what the thread is doing, the
 * statement it runs next, and its call chain (innermost first, as far as there is room). One
 * column for up to three threads, two for more, so six actors still read from the back row.
 * Clicking a card steps its thread, as in the window.
 */
final class StageCards extends GridPane {
    static final String CARD = "lk-stage-card";
    private static final PseudoClass NEXT = PseudoClass.getPseudoClass("next");
    private static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass TOUR = PseudoClass.getPseudoClass("tour");

    private final RunViewModel run;
    private final List<Card> cards = new ArrayList<>();
    private StepView shown;
    /** How many frames of each stack the cards show: as many as fit (see {@link #fitTo}). */
    private int frames = 2;
    /** Who sees a card's click first (a tour's question); true when it took it, and the thread does not step. */
    private java.util.function.IntPredicate chooser = t -> false;
    private java.util.Set<Integer> ringed = java.util.Set.of();

    StageCards(RunViewModel run) {
        this.run = run;
        getStyleClass().add("lk-stage-cards");
        setMinSize(0, 0);
    }

    void show(StepView v) {
        if (v == null) {
            return;
        }
        shown = v;
        List<ThreadSnapshot> threads = v.threads();
        if (threads.size() != cards.size()) {
            rebuild(threads.size());
        }
        for (ThreadSnapshot t : threads) {
            cards.get(t.number()).show(t, t.number() == v.nextThread(), frames);
        }
    }

    void setChooser(java.util.function.IntPredicate chooser) {
        this.chooser = chooser;
    }

    /** Rings the cards of these threads (a tour's stop points at them). */
    void highlight(java.util.Set<Integer> threads) {
        ringed = java.util.Set.copyOf(threads);
        for (int t = 0; t < cards.size(); t++) {
            cards.get(t).pseudoClassStateChanged(TOUR, ringed.contains(t));
        }
    }

    /**
     * Shows as many stack frames per card (two, one, or none) as let the cards fit in
     * {@code height}: with more threads, or longer states, each card keeps what it runs next and
     * gives up its callers first. Returns the height the cards then take.
     */
    double fitTo(double width, double height) {
        for (int f = 2; f >= 0; f--) {
            if (f != frames) {
                frames = f;
                show(shown);
                applyCss();
            }
            double h = prefHeight(width);
            if (h <= height || f == 0) {
                return h;
            }
        }
        return prefHeight(width);
    }

    private void rebuild(int n) {
        getChildren().clear();
        getColumnConstraints().clear();
        cards.clear();
        int columns = n <= 3 ? 1 : n <= 6 ? 2 : 3;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
        for (int t = 0; t < n; t++) {
            Card card = new Card(t);
            cards.add(card);
            add(card, t % columns, t / columns);
        }
        highlight(ringed);
    }

    /** One thread's card. */
    private final class Card extends VBox {
        private final Label title = new Label();
        private final Label state = new Label();
        private final Label next = new Label();
        private final Label chain = new Label();

        Card(int number) {
            getStyleClass().addAll(CARD, ThreadColors.styleClass(number));
            title.getStyleClass().add("lk-stage-card-title");
            state.getStyleClass().add("lk-stage-card-state");
            next.getStyleClass().add("lk-stage-card-next");
            chain.getStyleClass().add("lk-stage-card-chain");
            for (Label l : List.of(title, state, next, chain)) {
                l.setWrapText(true);
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            getChildren().addAll(title, state, next, chain);
            setOnMouseClicked(e -> {
                if (!chooser.test(number)) {
                    run.stepThread(number);
                }
            });
        }

        void show(ThreadSnapshot t, boolean isNext, int frames) {
            String key = t.number() < 9 ? (t.number() + 1) + "  " : "";
            title.setText(key + t.label() + (isNext ? "   ◀ next" : ""));
            state.setText(t.stateText());
            next.setText(t.nextStatement() == null ? "" : "next: " + t.nextStatement());
            next.setManaged(t.nextStatement() != null);
            next.setVisible(t.nextStatement() != null);
            boolean showChain = !t.stack().isEmpty() && frames > 0;
            chain.setText(showChain ? chain(t.stack(), frames) : "");
            chain.setManaged(showChain);
            chain.setVisible(showChain);
            pseudoClassStateChanged(NEXT, isNext);
            pseudoClassStateChanged(BLOCKED, t.status() == ThreadSnapshot.Status.BLOCKED);
            pseudoClassStateChanged(DONE, t.status() == ThreadSnapshot.Status.DONE);
        }
    }

    /**
     * "online_pages(b=4)  mm/memory_hotplug.c ← memory_subsys_online ← device_online ← …": the
     * innermost frame with its file, then the callers' names, and how many more there are.
     */
    static String chain(List<String> stack, int frames) {
        if (stack.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(frames, stack.size()); i++) {
            String frame = stack.get(i);
            int at = frame.indexOf(" @ ");
            String function = at < 0 ? frame : frame.substring(0, at);
            if (i == 0) {
                String where = at < 0 ? "" : frame.substring(at + 3);
                int colon = where.indexOf(':');
                sb.append(function).append(colon > 0 ? "   " + where.substring(0, colon) : "");
            } else {
                int paren = function.indexOf('(');
                sb.append("\n  ← ").append(paren > 0 ? function.substring(0, paren) : function);
            }
        }
        if (stack.size() > frames) {
            sb.append("   (+").append(stack.size() - frames).append(" more)");
        }
        return sb.toString();
    }
}
