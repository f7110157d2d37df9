package io.lockstep.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Before and after, side by side: on top what changes between the two models over every
 * interleaving (the "cycle gone" badges) and where the two runs part; below, one pane per model;
 * at the bottom the transport that steps both. Bound to a {@link CompareViewModel}; the panes are
 * repainted at most once per frame, when the cursor or what is known changed.
 */
public final class CompareView extends BorderPane {
    private final CompareViewModel vm;
    private final ComparePane left = new ComparePane(false);
    private final ComparePane right = new ComparePane(true);
    private final Label title = new Label("Before and after");
    private final Label origin = new Label();
    private final FlowPane changes = new FlowPane(8, 4);
    private final Label parting = new Label();
    private final Label counter = new Label();
    private final Label status = new Label();
    private final Slider scrubber = new Slider(0, 1, 0);
    private final AnimationTimer frames;
    private boolean dirty = true;

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        getStyleClass().add(CompareStyles.VIEW);
        title.getStyleClass().add("lk-title");
        title.setId("compare-title");
        origin.getStyleClass().add("lk-subtitle");
        changes.setId("compare-changes");
        changes.setAlignment(Pos.CENTER_LEFT);
        parting.setId("compare-parting");
        parting.getStyleClass().add(CompareStyles.PARTING);
        parting.setWrapText(true);
        parting.setMinHeight(Region.USE_PREF_SIZE);
        VBox top = new VBox(4, new VBox(0, title, origin), changes, parting);
        top.getStyleClass().add(CompareStyles.TOP);

        SplitPane panes = new SplitPane(left, right);
        panes.setDividerPositions(0.5);
        setCenter(panes);
        setTop(top);
        setBottom(transport());

        vm.runsProperty().addListener((o, a, b) -> dirty = true);
        vm.stepProperty().addListener((o, a, b) -> dirty = true);
        vm.contrastProperty().addListener((o, a, b) -> dirty = true);
        vm.failureProperty().addListener((o, a, b) -> dirty = true);
        status.textProperty().bind(vm.statusProperty());
        left.views().forEach(v -> v.setOnJump(vm::seek));
        right.views().forEach(v -> v.setOnJump(vm::seek));
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    dirty = false;
                    refresh();
                }
            }
        };
        frames.start();
    }

    private Node transport() {
        Button home = button(icon("M0 0h2v12H0z M12 0v12L3 6z"), null, "Both to the start (Home)", vm::home);
        Button back = button(icon("M10 0v12L1 6z"), "Back", "Both one step back (← or PageUp)", vm::stepBack);
        Button forward = button(icon("M1 0v12l9-6z"), "Step both", "Both one step forward (Space, → or PageDown)",
                vm::stepForward);
        forward.setId("compare-step");
        Button end = button(icon("M0 0v12l9-6z M10 0h2v12h-2z"), null, "Both to the end (End)", vm::end);
        Button cancel = button(null, "Cancel", "Stop exploring the two models", vm::cancel);
        cancel.visibleProperty().bind(vm.workingProperty());
        counter.setId("compare-counter");
        counter.getStyleClass().add("lk-step-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        scrubber.setFocusTraversable(false);
        scrubber.valueProperty().addListener((o, a, b) -> {
            if (scrubber.isValueChanging() || scrubber.isPressed()) {
                vm.seek((int) Math.round(b.doubleValue()));
            }
        });
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        status.getStyleClass().add("lk-hint");
        status.setMinWidth(0);
        status.setId("compare-status");
        HBox bar = new HBox(8, home, back, forward, end, counter, scrubber, status, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(CompareStyles.TRANSPORT);
        return bar;
    }

    /** The window's transport shapes (drawn, so they look the same whatever fonts a machine has). */
    private static javafx.scene.shape.SVGPath icon(String path) {
        javafx.scene.shape.SVGPath p = new javafx.scene.shape.SVGPath();
        p.setContent(path);
        p.getStyleClass().add("lk-icon");
        return p;
    }

    private static Button button(Node graphic, String text, String tip, Runnable action) {
        Button b = new Button(text, graphic);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** Stops repainting (the window is going away). */
    public void stop() {
        frames.stop();
    }

    private void refresh() {
        ComparedRuns runs = vm.runsProperty().get();
        if (runs == null) {
            String f = vm.failureProperty().get();
            parting.setText(f == null ? "Recording both runs…" : f);
            return;
        }
        int step = vm.stepProperty().get();
        StepDifferences diff = vm.differencesProperty().get();
        ModelContrast contrast = vm.contrastProperty().get();
        title.setText("Before and after: " + runs.left().program().scenario().title());
        origin.setText(runs.left().label() + "  ⟷  " + runs.right().label() + "   ·   both replay " + runs.origin());
        showChanges(runs, contrast);
        Parting p = runs.parting();
        boolean past = p.parted() && step >= p.step();
        parting.setText(p.text());
        parting.pseudoClassStateChanged(CompareStyles.PARTED, past);
        counter.setText("Step " + step + " / " + runs.length());
        scrubber.setMax(Math.max(1, runs.length()));
        if (!scrubber.isValueChanging()) {
            scrubber.setValue(step);
        }
        ExploredSide l = vm.exploredProperty(false).get();
        ExploredSide r = vm.exploredProperty(true).get();
        if (l != null && r != null && contrast != null) {
            // One layout from both sides' edges: a class stands in the same place left and right.
            java.util.List<io.lockstep.explore.ClassEdge> union = SharedLayout.union(l, r);
            left.layOut(runs, union, SharedLayout.keys(contrast.edgesOnlyLeft()));
            right.layOut(runs, union, SharedLayout.keys(contrast.edgesOnlyRight()));
        }
        left.show(runs, step, diff, l, contrast);
        right.show(runs, step, diff, r, contrast);
    }

    private void showChanges(ComparedRuns runs, ModelContrast contrast) {
        List<Node> row = new ArrayList<>();
        Label what = new Label(contrast == null ? "Exploring both models…" : "Over every interleaving:");
        what.getStyleClass().add("lk-section-title");
        row.add(what);
        if (contrast != null) {
            for (ModelContrast.Change c : contrast.changes()) {
                Label badge = new Label(c.words());
                badge.setId("compare-badge-" + c.id());
                badge.getStyleClass().add(CompareStyles.CHANGE);
                badge.pseudoClassStateChanged(CompareStyles.GONE, c.gone());
                badge.pseudoClassStateChanged(CompareStyles.APPEARS, !c.gone());
                String side = c.gone() ? runs.left().label() : runs.right().label();
                String other = c.gone() ? runs.right().label() : runs.left().label();
                badge.setTooltip(new Tooltip("Some interleaving under " + side + " shows a " + c.kind().words
                        + "; none under " + other + " does."));
                row.add(badge);
            }
            if (contrast.changes().isEmpty()) {
                Label same = new Label("the same kinds of finding on both sides");
                same.getStyleClass().add("lk-hint");
                row.add(same);
            }
        }
        changes.getChildren().setAll(row);
    }
}
