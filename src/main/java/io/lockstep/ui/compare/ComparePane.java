package io.lockstep.ui.compare;

import io.lockstep.engine.Engine;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import io.lockstep.explore.Found;
import io.lockstep.ui.view.LockGraphView;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.view.TraceView;
import io.lockstep.ui.vm.ThreadSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One side of the compare view: which model, its verdicts, what only this side has at the cursor,
 * its threads, and its lock-order graph over its lock timeline (the window's own views, fed this
 * side's run at this side's step).
 */
final class ComparePane extends VBox {
    private final boolean right;
    private final Label name = new Label();
    private final Label stepLabel = new Label();
    private final FlowPane badges = new FlowPane(6, 4);
    private final VBox onlyHere = new VBox(2);
    private final VBox threads = new VBox(1);
    private final LockGraphView graph = new LockGraphView();
    private final LockTimelineView timeline = new LockTimelineView();
    private Engine engine;
    private SideRun shownSide;

    ComparePane(boolean right) {
        this.right = right;
        getStyleClass().add(CompareStyles.PANE);
        pseudoClassStateChanged(CompareStyles.RIGHT, right);
        setId(right ? "compare-right" : "compare-left");
        name.getStyleClass().add(CompareStyles.SIDE_NAME);
        name.setId(right ? "compare-right-name" : "compare-left-name");
        stepLabel.getStyleClass().add(CompareStyles.SIDE_STEP);
        stepLabel.setId(right ? "compare-right-step" : "compare-left-step");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, name, gap, stepLabel);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add(CompareStyles.PANE_HEADER);
        onlyHere.getStyleClass().add(CompareStyles.ONLY_HERE);
        onlyHere.setId(right ? "compare-right-only" : "compare-left-only");
        SplitPane views = new SplitPane(caption("Lock-order graph", graph), caption("Lock timeline", timeline));
        views.setOrientation(Orientation.VERTICAL);
        views.setDividerPositions(0.5);
        VBox.setVgrow(views, Priority.ALWAYS);
        getChildren().addAll(header, badges, onlyHere, threads, views);
        setMinSize(0, 0);
    }

    private static Node caption(String text, Region view) {
        Label title = new Label(text);
        title.getStyleClass().add("lk-view-caption");
        view.setMinSize(0, 0);
        VBox box = new VBox(2, title, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        box.setMinSize(0, 0);
        box.getStyleClass().add("lk-view-pane");
        return box;
    }

    List<TraceView> views() {
        return List.of(graph, timeline);
    }

    /** Lays the graph out from both sides' edges, and marks the edges only this side makes. */
    void layOut(ComparedRuns runs, List<io.lockstep.explore.ClassEdge> union, java.util.Set<String> onlyHere) {
        graph.showExplored(runs.side(right).program(), union);
        graph.markOnlyHere(onlyHere);
    }

    /** Shows this side of {@code runs} after its own step at the cursor. */
    void show(ComparedRuns runs, int cursor, StepDifferences diff, ExploredSide explored, ModelContrast contrast) {
        SideRun side = runs.side(right);
        if (side != shownSide) {
            shownSide = side;
            engine = new Engine(side.program());
        }
        int k = Math.min(cursor, side.size());
        name.setText((right ? "After: " : "Before: ") + side.label());
        stepLabel.setText("step " + k + " of " + side.size() + (cursor > side.size() ? " (its run ends here)" : "")
                + (side.capped() ? " (cut)" : ""));
        showBadges(side, k, explored);
        showOnlyHere(runs, side, diff, contrast);
        showThreads(side, k);
        for (TraceView v : views()) {
            v.update(side.trace(), k);
        }
    }

    private void showBadges(SideRun side, int k, ExploredSide explored) {
        Set<Finding.Kind> inRun = EnumSet.noneOf(Finding.Kind.class);
        for (FindingReported f : side.trace().findings()) {
            if (f.step() <= k) {
                inRun.add(f.finding().kind());
            }
        }
        List<Node> row = new ArrayList<>();
        for (Finding.Kind kind : ModelContrast.KINDS) {
            Label b = new Label();
            b.getStyleClass().add(CompareStyles.SIDE_BADGE);
            b.getStyleClass().add("lk-compare-kind-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            String title = Character.toUpperCase(kind.words.charAt(0)) + kind.words.substring(1);
            if (explored == null) {
                b.setText(title + " · checking…");
                b.pseudoClassStateChanged(CompareStyles.CHECKING, true);
            } else {
                Optional<Found> f = explored.shortest(kind);
                String none = explored.result().complete() ? "none" : "none seen (stopped early)";
                String found = explored.onlyRuleBroken(kind) ? "rule broken, " : "found, ";
                b.setText(title + " · " + f.map(x -> found + x.schedule().size() + " steps").orElse(none));
                b.pseudoClassStateChanged(CompareStyles.FOUND, f.isPresent());
                b.pseudoClassStateChanged(CompareStyles.NOT_FOUND, f.isEmpty());
                f.ifPresent(x -> b.setTooltip(new Tooltip(x.finding().summary())));
            }
            b.pseudoClassStateChanged(CompareStyles.IN_RUN, inRun.contains(kind));
            row.add(b);
        }
        badges.getChildren().setAll(row);
    }

    private void showOnlyHere(ComparedRuns runs, SideRun side, StepDifferences diff, ModelContrast contrast) {
        List<Node> lines = new ArrayList<>();
        Label title = new Label("Only in this run, at step " + Math.min(diff.step(), side.size()) + ":");
        title.getStyleClass().add(CompareStyles.ONLY_TITLE);
        lines.add(title);
        Collection<String> held = right ? diff.heldOnlyRight() : diff.heldOnlyLeft();
        Collection<String> taken = right ? diff.takenOnlyRight() : diff.takenOnlyLeft();
        Collection<OrderEdge> edges = right ? diff.edgesOnlyRight() : diff.edgesOnlyLeft();
        item(lines, "holds now", held);
        item(lines, "has taken", taken);
        item(lines, "lock order", edges.stream().map(OrderEdge::toString).toList());
        if (lines.size() == 1) {
            lines.add(itemLabel("nothing: both runs hold, took and ordered the same locks so far", null));
        }
        if (contrast != null) {
            Collection<OrderEdge> model = right ? contrast.edgesOnlyRight() : contrast.edgesOnlyLeft();
            Label t = new Label(right ? "Lock-order edges new under " + side.label() + " (no interleaving of "
                    + runs.left().label() + " makes them):" : "Lock-order edges gone under " + runs.right().label()
                    + " (no interleaving there makes them):");
            t.getStyleClass().add(CompareStyles.ONLY_TITLE);
            lines.add(t);
            if (model.isEmpty()) {
                lines.add(itemLabel("none", null));
            } else {
                item(lines, null, model.stream().map(OrderEdge::toString).toList());
            }
        }
        onlyHere.getChildren().setAll(lines);
    }

    /** One line, cut with an ellipsis when long; the tooltip has it all, one item a line. */
    private static void item(List<Node> lines, String what, Collection<String> items) {
        if (items.isEmpty()) {
            return;
        }
        String head = what == null ? items.size() + ": " : what + " (" + items.size() + "): ";
        lines.add(itemLabel(head + String.join(",  ", items), String.join("\n", items)));
    }

    private static Label itemLabel(String text, String tip) {
        Label l = new Label(text);
        l.getStyleClass().add(CompareStyles.ONLY_ITEM);
        l.setMinWidth(0);
        l.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        if (tip != null) {
            l.setTooltip(new Tooltip(tip));
        }
        return l;
    }

    private void showThreads(SideRun side, int k) {
        boolean stopped = k == side.size() && side.stopped();
        List<Node> lines = new ArrayList<>();
        for (ThreadSnapshot s : ThreadSnapshot.of(side.program(), engine, side.trace().stateAt(k), stopped)) {
            String next = s.nextStatement() == null ? "" : "   next: " + s.nextStatement();
            Label l = new Label((s.number() + 1) + "  " + s.label() + ": " + s.stateText() + next);
            l.getStyleClass().add(CompareStyles.THREAD_LINE);
            l.pseudoClassStateChanged(CompareStyles.BLOCKED, s.status() == ThreadSnapshot.Status.BLOCKED);
            l.pseudoClassStateChanged(CompareStyles.DONE, s.status() == ThreadSnapshot.Status.DONE);
            l.setMinWidth(0);
            lines.add(l);
        }
        threads.getChildren().setAll(lines);
    }

    /** Before anything is recorded: the model's name only. */
    void showPending(String text) {
        name.setText(text);
    }
}
