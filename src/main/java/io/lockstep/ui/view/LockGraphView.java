package io.lockstep.ui.view;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.explore.ClassEdge;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.trace.Trace;
import io.lockstep.ui.view.LockGraphModel.Edge;
import io.lockstep.ui.view.LockGraphModel.Reported;
import io.lockstep.ui.view.layout.Arc;
import io.lockstep.ui.view.layout.Box;
import io.lockstep.ui.view.layout.GraphLayout;
import io.lockstep.ui.view.layout.LayoutKeeper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The lock-order graph at the step shown, as a layered drawing: outer locks above inner ones, so an
 * edge that points upward closes a cycle. The layout is made once per scenario and release from
 * every edge the explorer found in any interleaving ({@link LayoutKeeper}); the run's edges appear
 * on it as they are made, labelled with the step that made them. The moment an inversion is
 * reported its cycle turns red; a guarded one turns amber inside a frame named after its gate; at
 * a deadlock the blocked threads and what they wait for are drawn beside their locks.
 *
 * <p>Hovering a class tells its kind and what it protects; hovering an edge's label, how it was
 * made (thread, step, both stacks, read or write); clicking it goes to that step. "Cycle only"
 * hides every class outside the inversions and the deadlock found so far; the pane zooms (buttons,
 * Ctrl + wheel) and can be moved into a window of its own. Built from scene-graph nodes styled by
 * lockstep.css, changed only when what it shows changes.
 */
public final class LockGraphView extends Region implements TraceView {
    private final LockGraphModel model = new LockGraphModel();
    private final Pane drawing = new Pane();
    private final Group frameLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group waitLayer = new Group();
    private final Group frameTitleLayer = new Group();
    private final GraphViewport viewport = new GraphViewport(drawing);
    private final GraphToolbar toolbar;
    private final Label finding = new Label();
    private final Label slotProbe = new Label("0000");
    private final GraphClassNodes classNodes = new GraphClassNodes(nodeLayer);
    private final Map<String, GraphEdgeNode> edges = new LinkedHashMap<>();
    private java.util.Set<String> tourEdges = java.util.Set.of();
    private final GraphWaitCycle waitCycle = new GraphWaitCycle(waitLayer);
    private final GraphFrames frames = new GraphFrames(frameLayer, frameTitleLayer);
    private final GraphEnlarger enlarger = new GraphEnlarger(this);

    private IntConsumer onJump = step -> {};
    private Trace trace;
    private Trace edgesOf;
    private int step;
    private Program program;
    private LayoutKeeper keeper;
    private GraphLayout placed;
    private Program exploredProgram;
    private List<Arc> explored;
    private String shown = "";
    /** Edges only this side of a comparison makes (see {@link #markOnlyHere}). */
    private java.util.Set<String> onlyHere = java.util.Set.of();
    /** On a stage: no toolbar and no findings text (the caption line tells the finding). */
    private boolean bare;
    /** The class labels measured 0 (no skin yet): they are measured again. */
    private boolean unmeasured;
    /** The classes a stage shows (the locks that matter at this step), or null for all. */
    private java.util.Set<String> focus;
    private final FocusedLayouts focused = new FocusedLayouts();

    public LockGraphView() {
        getStyleClass().add(StyleClasses.LOCK_GRAPH);
        toolbar = new GraphToolbar(this::refresh, viewport, enlarger);
        finding.getStyleClass().add(StyleClasses.GRAPH_FINDING);
        finding.setWrapText(false);
        finding.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        slotProbe.getStyleClass().add(StyleClasses.GRAPH_EDGE_LABEL);
        slotProbe.setVisible(false);
        // Wait arrows under the labels: a dashed line may cross a label, but never hide its number.
        drawing.getChildren().addAll(frameLayer, edgeLayer, waitLayer, nodeLayer, labelLayer, frameTitleLayer, slotProbe);
        drawing.getStyleClass().add(StyleClasses.GRAPH_DRAWING);
        getChildren().addAll(viewport, toolbar, finding);
        setMinSize(0, 0);
    }

    @Override
    public void setOnJump(IntConsumer onJump) {
        this.onJump = onJump == null ? step -> {} : onJump;
    }

    /**
     * The explorer finished with {@code program}: lay the graph out from every edge it found (once;
     * from then on nothing moves). A result for another program than the one on screen is kept
     * until that program's run arrives.
     */
    public void showExplored(Program explorer, ExplorationResult result) {
        showExplored(explorer, result.lockOrder());
    }

    /**
     * The edges only this side of a comparison makes ("A->B" keys): drawn dashed in their own
     * colour, so "this edge is gone after patch 2" is seen, not only read. Empty outside a comparison.
     */
    public void markOnlyHere(java.util.Set<String> edgeKeys) {
        if (!edgeKeys.equals(onlyHere)) {
            onlyHere = java.util.Set.copyOf(edgeKeys);
            shown = "";
            redraw();
        }
    }

    /**
     * The same from a list of class edges: a comparison lays both sides out from the union of their
     * edges, so a class stands in the same place on both sides.
     */
    public void showExplored(Program explorer, List<ClassEdge> lockOrder) {
        List<Arc> arcs = lockOrder.stream().map((ClassEdge e) -> new Arc(e.from(), e.to(), e.closesCycle()))
                .toList();
        if (explorer == exploredProgram && arcs.equals(explored)) {
            return;
        }
        exploredProgram = explorer;
        explored = arcs;
        if (explorer == program && keeper != null) {
            keeper.explored(arcs);
            redraw();
        }
    }

    @Override
    public void update(Trace trace, int step) {
        this.step = step;
        if (trace != this.trace) {
            this.trace = trace;
            shown = "";
        }
        if (trace.program() != program || unmeasured) {
            newProgram(trace.program());
        }
        model.sync(trace);
        if (edgesOf != trace) {
            edgesOf = trace;
            edges.clear();
            edgeLayer.getChildren().clear();
            labelLayer.getChildren().clear();
        }
        List<Arc> made = new ArrayList<>();
        List<GraphEdgeNode> added = new ArrayList<>();
        for (Edge e : model.edges()) {
            made.add(new Arc(e.from(), e.to(), false));
            edges.computeIfAbsent(e.key(), k -> {
                GraphEdgeNode n = new GraphEdgeNode(e, s -> onJump.accept(s));
                edgeLayer.getChildren().addAll(n.path, n.arrow);
                labelLayer.getChildren().add(n.label);
                n.setVisible(false);
                added.add(n);
                return n;
            });
        }
        GraphLayout layout = focus == null ? keeper.layoutFor(made)
                : focused.keeperFor(keeper, focus).layoutFor(LayoutKeeper.between(made, focus));
        if (layout != placed || shown.isEmpty()) {
            placed = layout;
            placeAll();
            shown = "";
        } else {
            // The run grew by an edge the layout already knew: only that edge needs placing.
            // (A focused layout has no route for an edge outside its classes: that edge stays hidden.)
            added.stream().filter(n -> placed.routes().containsKey(n.edge.key()))
                    .forEach(n -> n.place(placed.routes().get(n.edge.key())));
        }
        refresh();
        highlightForTour(tourEdges);
    }

    /** The edges a guided tour's stop points at ("A->B" keys): drawn heavier, their labels ringed. */
    public void highlightForTour(java.util.Set<String> edgeKeys) {
        tourEdges = java.util.Set.copyOf(edgeKeys);
        edges.forEach((key, n) -> n.markTour(tourEdges.contains(key)));
    }

    private void newProgram(Program p) {
        program = p;
        placed = null;
        List<String> classes = classNodes.build(p);
        drawing.applyCss();
        Map<String, double[]> sizes = classNodes.measure(classes);
        // A view just put on screen may have no skins yet (its labels measure 0): measure again next pulse.
        unmeasured = sizes.values().stream().anyMatch(wh -> wh[0] <= 0);
        if (unmeasured) {
            javafx.application.Platform.runLater(() -> {
                if (unmeasured) redraw(); // (still unmeasured: no frame has come since)
            });
        }
        double slotW = Math.ceil(slotProbe.prefWidth(-1)) + 2;
        double slotH = Math.ceil(slotProbe.prefHeight(-1));
        keeper = new LayoutKeeper(classes, sizes, slotW, slotH);
        if (exploredProgram == p) {
            keeper.explored(explored);
        }
    }

    /** Puts every class and edge where the layout says; done when the layout changes, not per step. */
    private void placeAll() {
        classNodes.place(placed);
        for (GraphEdgeNode n : edges.values()) {
            var route = placed.routes().get(n.edge.key());
            if (route != null) {
                n.place(route);
            }
        }
    }

    /** Applies the step (and the filter) if what the drawing shows changed. */
    private void refresh() {
        if (trace == null || placed == null) {
            return;
        }
        List<Edge> visible = model.edgesAt(step);
        List<Reported<Finding.Inversion>> inversions = model.inversionsAt(step);
        Reported<Finding.Deadlock> deadlock = model.deadlockAt(step);
        boolean freshEdge = visible.stream().anyMatch(e -> e.step() == step);
        // Only what the drawing shows: while playing through steps that make no edge nothing changes.
        String now = visible.size() + "/" + inversions.size() + "/" + (deadlock == null ? -1 : deadlock.step()) + "/"
                + (freshEdge ? step : -1) + "/" + toolbar.cycleOnly() + "/" + keeper.provisional();
        if (!now.equals(shown)) {
            shown = now;
            apply(visible, inversions, deadlock);
        }
    }

    private void apply(List<Edge> visible, List<Reported<Finding.Inversion>> inversions,
            Reported<Finding.Deadlock> deadlock) {
        GraphHighlight h = GraphHighlight.at(inversions, deadlock, model::classOf);
        boolean filter = toolbar.cycleOnly();
        java.util.function.Predicate<String> keeps = cls -> (!filter || h.keeps(cls)) && (focus == null || focus.contains(cls));
        java.util.Set<String> visibleKeys = new java.util.HashSet<>();
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (Edge e : visible) {
            if (keeps.test(e.from()) && keeps.test(e.to())) {
                visibleKeys.add(e.key());
                touched.add(e.from());
                touched.add(e.to());
            }
        }
        for (GraphEdgeNode n : edges.values()) {
            String key = n.edge.key();
            n.setVisible(visibleKeys.contains(key) && placed.routes().containsKey(key));
            n.setState(n.edge.step() == step, h.redEdges().contains(key), h.amberEdges().contains(key));
            n.setOnlyHere(onlyHere.contains(key));
        }
        classNodes.style(placed, keeps, h, touched);
        List<Box> taken = new ArrayList<>(placed.textBoxes());
        frames.show(inversions, placed, taken);
        waitCycle.show(deadlock == null ? null : deadlock.finding(), trace.program(), model::classOf);
        waitCycle.layout(cls -> classNodes.isShown(cls) ? placed.nodes().get(cls) : null, taken);
        double w = placed.width();
        double hh = placed.height();
        for (Box b : taken) {
            w = Math.max(w, b.maxX() + 6);
            hh = Math.max(hh, b.maxY() + 6);
        }
        viewport.setDrawingSize(w, hh);
        toolbar.caption(visibleKeys.size(), placed.routes().size(), placed.nodes().size(), keeper.provisional(),
                filter && !h.cycleClasses().isEmpty());
        GraphFindingLines.show(finding, inversions, deadlock);
        requestLayout();
    }

    /** Shows the step again, after what the drawing depends on changed. */
    private void redraw() {
        if (trace != null) {
            update(trace, step);
        }
    }

    /** The graph moved into its own window, or back: the button says which way it goes. */
    void enlargedChanged(boolean enlarged) {
        toolbar.enlarged(enlarged);
    }

    /** Every text box on screen, in drawing units (tests: none may overlap another). */
    List<Box> visibleTextBoxes() {
        List<Box> out = new ArrayList<>(classNodes.shownBoxes(placed));
        edges.values().stream().filter(GraphEdgeNode::isVisible).forEach(n -> out.add(placed.routes().get(n.edge.key()).label()));
        out.addAll(frames.titleBoxes());
        out.addAll(waitCycle.threadBoxes());
        return out;
    }

    /** The label of the run's edge "A->B" (tests). */
    Label edgeLabel(String key) {
        return edges.get(key).label;
    }

    GraphLayout graphLayout() {
        return placed;
    }

    GraphViewport viewport() {
        return viewport;
    }

    /**
     * Shows only {@code classes} and the edges between them, in a layout of their own: a stage's
     * "locks that matter at this step", drawn large. Null shows every class, in the kept layout.
     */
    public void setFocus(java.util.Set<String> classes) {
        java.util.Set<String> now = classes == null ? null : java.util.Set.copyOf(classes);
        if (!java.util.Objects.equals(now, focus)) {
            focus = now;
            shown = "";
            redraw();
        }
    }

    /** The graph alone, for the stage: no toolbar, no findings line (the caption tells the finding). */
    public void setBare(boolean bare) {
        this.bare = bare;
        toolbar.setVisible(!bare);
        finding.setVisible(!bare);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double th = bare ? 0 : toolbar.prefHeight(w);
        toolbar.resizeRelocate(0, 0, w, th);
        // The graph comes first: the findings text gets at most a fifth of the height.
        double fh = bare || finding.getText().isEmpty() ? 0 : Math.min(finding.prefHeight(w - 20), Math.max(36, h * 0.2));
        finding.resize(w - 20, fh);
        finding.relocate(10, h - fh - 4);
        viewport.resizeRelocate(0, th, w, Math.max(0, h - th - fh - (fh > 0 ? 8 : 0)));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 380;
    }
}
