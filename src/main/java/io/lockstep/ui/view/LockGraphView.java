package io.lockstep.ui.view;

import io.lockstep.event.Finding;
import io.lockstep.trace.Trace;
import io.lockstep.ui.view.LockGraphModel.Edge;
import io.lockstep.ui.view.LockGraphModel.Reported;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The lock-order graph at the step shown: lock classes on an ellipse, an arrow A→B once some thread
 * has taken B while holding A, labelled with the step that made it (click the label to go there).
 * The moment an inversion is reported, the edges and classes of its cycle turn red; a guarded one
 * turns amber and its gate lock is marked; at a deadlock the blocked threads and what they wait for
 * are drawn over it. A class the kernel's lockdep does not validate says so under its name.
 *
 * <p>Built from scene-graph nodes styled by lockstep.css (a graph has tens of nodes, not thousands),
 * updated only when what it shows changes.
 */
public final class LockGraphView extends Region implements TraceView {
    private static final String NOVALIDATE_NOTE = "lockdep cannot see";

    private final LockGraphModel model = new LockGraphModel();
    private final Group edgeLayer = new Group();
    private final Group waitLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Label caption = new Label();
    private final Label finding = new Label();
    private final Map<String, Label> nodes = new LinkedHashMap<>();
    private final Map<String, Label> notes = new HashMap<>();
    private final Map<String, GraphEdgeNode> edges = new HashMap<>();
    private final GraphWaitCycle waitCycle = new GraphWaitCycle(waitLayer);
    private final Map<String, Point2D> centres = new HashMap<>();

    private IntConsumer onJump = step -> {};
    private Trace trace;
    private int modelVersion = -1;
    private String shown = "";

    public LockGraphView() {
        getStyleClass().add(StyleClasses.LOCK_GRAPH);
        caption.getStyleClass().add(StyleClasses.GRAPH_CAPTION);
        finding.getStyleClass().add(StyleClasses.GRAPH_FINDING);
        finding.setWrapText(true);
        getChildren().addAll(edgeLayer, nodeLayer, labelLayer, waitLayer, caption, finding);
        setMinSize(0, 0);
    }

    @Override
    public void setOnJump(IntConsumer onJump) {
        this.onJump = onJump == null ? step -> {} : onJump;
    }

    @Override
    public void update(Trace trace, int step) {
        if (trace != this.trace) {
            this.trace = trace;
            shown = "";
        }
        model.sync(trace);
        if (model.version() != modelVersion) {
            modelVersion = model.version();
            rebuildNodes();
            shown = "";
        }
        for (Edge e : model.edges()) {
            edges.computeIfAbsent(e.key(), k -> {
                GraphEdgeNode n = new GraphEdgeNode(e, s -> onJump.accept(s));
                edgeLayer.getChildren().addAll(n.curve, n.arrow);
                labelLayer.getChildren().add(n.label);
                return n;
            });
        }
        List<Edge> visible = model.edgesAt(step);
        List<Reported<Finding.Inversion>> inversions = model.inversionsAt(step);
        Reported<Finding.Deadlock> deadlock = model.deadlockAt(step);
        boolean freshEdge = visible.stream().anyMatch(e -> e.step() == step);
        // Only what the drawing shows: while playing through steps that make no edge nothing changes.
        String now = visible.size() + "/" + inversions.size() + "/" + (deadlock == null ? -1 : deadlock.step()) + "/"
                + (freshEdge ? step : -1);
        if (!now.equals(shown)) {
            shown = now;
            apply(step, visible, inversions, deadlock);
            requestLayout();
        }
    }

    private void rebuildNodes() {
        nodes.clear();
        notes.clear();
        nodeLayer.getChildren().clear();
        for (String cls : model.layoutOrder()) {
            Label l = new Label(cls);
            l.getStyleClass().add(StyleClasses.GRAPH_CLASS);
            Label note = new Label(model.novalidate(cls) ? NOVALIDATE_NOTE : "");
            note.getStyleClass().add(StyleClasses.GRAPH_NOVALIDATE_NOTE);
            if (model.novalidate(cls)) {
                l.getStyleClass().add(StyleClasses.NOVALIDATE);
            }
            nodes.put(cls, l);
            notes.put(cls, note);
            nodeLayer.getChildren().addAll(l, note);
        }
    }

    private void apply(int step, List<Edge> visible, List<Reported<Finding.Inversion>> inversions,
            Reported<Finding.Deadlock> deadlock) {
        Set<String> redEdges = new HashSet<>();
        Set<String> amberEdges = new HashSet<>();
        Set<String> redNodes = new HashSet<>();
        Set<String> amberNodes = new HashSet<>();
        Set<String> gates = new HashSet<>();
        for (Reported<Finding.Inversion> r : inversions) {
            Finding.Inversion inv = r.finding();
            boolean guarded = inv.gate() != null;
            (guarded ? amberEdges : redEdges).addAll(LockGraphModel.cycleEdges(inv.cycle()));
            (guarded ? amberNodes : redNodes).addAll(inv.cycle());
            if (guarded) {
                gates.add(model.classOf(inv.gate()));
            }
        }
        Set<String> visibleKeys = new HashSet<>();
        Set<String> touched = new HashSet<>();
        for (Edge e : visible) {
            visibleKeys.add(e.key());
            touched.add(e.from());
            touched.add(e.to());
        }
        for (GraphEdgeNode n : edges.values()) {
            String key = n.edge.key();
            n.setVisible(visibleKeys.contains(key));
            n.setState(n.edge.step() == step, redEdges.contains(key), amberEdges.contains(key));
        }
        for (Map.Entry<String, Label> e : nodes.entrySet()) {
            String cls = e.getKey();
            Label l = e.getValue();
            boolean red = redNodes.contains(cls);
            l.pseudoClassStateChanged(StyleClasses.INVERSION, red);
            l.pseudoClassStateChanged(StyleClasses.GUARDED, !red && amberNodes.contains(cls));
            l.pseudoClassStateChanged(StyleClasses.GATE, gates.contains(cls));
            l.pseudoClassStateChanged(StyleClasses.IDLE, !touched.contains(cls) && !gates.contains(cls));
            String note = gates.contains(cls) ? "gate: serialises the cycle" : "";
            if (model.novalidate(cls)) {
                note = note.isEmpty() ? NOVALIDATE_NOTE : note + " \u00b7 " + NOVALIDATE_NOTE;
            }
            notes.get(cls).setText(note);
        }
        waitCycle.show(deadlock == null ? null : deadlock.finding(), trace.program(), model::classOf);
        caption.setText("lock order: " + visible.size() + " edge" + (visible.size() == 1 ? "" : "s") + " between "
                + model.classes().size() + " classes" + (visible.isEmpty() ? "" : ", each labelled with the step that made it"));
        describeFindings(inversions, deadlock);
    }

    /** The lines under the graph: the deadlock, then the inversions, each with the step it appeared at. */
    private void describeFindings(List<Reported<Finding.Inversion>> inversions, Reported<Finding.Deadlock> deadlock) {
        List<String> lines = new ArrayList<>();
        boolean red = false;
        if (deadlock != null) {
            lines.add(describeDeadlock(deadlock));
        }
        for (Reported<Finding.Inversion> r : inversions) {
            red |= r.finding().gate() == null;
            lines.add(describeInversion(r));
        }
        finding.setText(String.join("\n", lines.stream().limit(3).toList())
                + (lines.size() > 3 ? "\n\u2026 and " + (lines.size() - 3) + " more" : ""));
        finding.pseudoClassStateChanged(StyleClasses.DEADLOCKED, deadlock != null);
        finding.pseudoClassStateChanged(StyleClasses.INVERSION, deadlock == null && red);
        finding.pseudoClassStateChanged(StyleClasses.GUARDED, deadlock == null && !red && !inversions.isEmpty());
    }

    static String describeDeadlock(Reported<Finding.Deadlock> d) {
        StringBuilder sb = new StringBuilder("deadlock at step ").append(d.step()).append(": ");
        List<Finding.Wait> cycle = d.finding().cycle();
        for (int i = 0; i < cycle.size(); i++) {
            Finding.Wait w = cycle.get(i);
            sb.append(i == 0 ? "" : "; ").append(w.thread()).append(" waits for ").append(w.lock());
            if (w.holder() != null) {
                sb.append(" held by ").append(w.holder());
            }
        }
        return sb.toString();
    }

    static String describeInversion(Reported<Finding.Inversion> r) {
        Finding.Inversion inv = r.finding();
        String path = String.join(" \u2192 ", inv.cycle()) + " \u2192 " + inv.cycle().get(0);
        if (inv.gate() != null) {
            return "guarded inversion at step " + r.step() + ": " + path + ", every edge made under " + inv.gate();
        }
        return (inv.recursive() ? "recursive locking" : "inversion") + " at step " + r.step() + ": " + path;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        caption.autosize();
        caption.relocate(10, 6);
        // The graph comes first: the findings text gets at most a quarter of the height (the
        // narration line and the status bar carry the full text).
        double fh = finding.getText().isEmpty() ? 0 : Math.min(finding.prefHeight(w - 20), Math.max(36, h * 0.25));
        finding.resize(w - 20, fh);
        finding.relocate(10, h - fh - 6);
        double top = caption.getHeight() + 14;
        double bottom = h - fh - 12;
        double maxW = 0;
        double nodeH = 0;
        for (Label l : nodes.values()) {
            l.autosize();
            maxW = Math.max(maxW, l.getWidth());
            nodeH = Math.max(nodeH, l.getHeight());
        }
        double noteH = notes.values().stream().mapToDouble(n -> n.prefHeight(-1)).max().orElse(0);
        Point2D centre = new Point2D(w / 2, (top + bottom) / 2);
        double rx = Math.max(10, w / 2 - maxW / 2 - 12);
        double ry = Math.max(10, (bottom - top) / 2 - nodeH / 2 - noteH - 4);
        int i = 0;
        centres.clear();
        for (Map.Entry<String, Label> e : nodes.entrySet()) {
            Point2D c = GraphGeometry.onEllipse(i++, nodes.size(), centre.getX(), centre.getY(), rx, ry);
            Label l = e.getValue();
            l.relocate(c.getX() - l.getWidth() / 2, c.getY() - l.getHeight() / 2);
            Label note = notes.get(e.getKey());
            note.autosize();
            note.relocate(c.getX() - note.getWidth() / 2, c.getY() + l.getHeight() / 2);
            centres.put(e.getKey(), c);
        }
        List<Bounds> taken = new ArrayList<>();
        nodes.values().forEach(l -> taken.add(l.getBoundsInParent()));
        // Edges of a cycle and fresh ones place their labels first: theirs are the ones to read.
        List<GraphEdgeNode> order = new ArrayList<>(edges.values());
        order.sort(java.util.Comparator.comparingInt(GraphEdgeNode::priority).reversed()
                .thenComparingInt(n -> n.edge.step()));
        for (GraphEdgeNode n : order) {
            Label a = nodes.get(n.edge.from());
            Label b = nodes.get(n.edge.to());
            if (a != null && b != null && n.isVisible()) {
                n.place(centres.get(n.edge.from()), a.getWidth() / 2, a.getHeight() / 2, centres.get(n.edge.to()),
                        b.getWidth() / 2, b.getHeight() / 2, taken);
            }
        }
        waitCycle.layout(centre, w, h, centres::get, cls -> {
            Label l = nodes.get(cls);
            return l == null ? new double[] {0, 0} : new double[] {l.getWidth() / 2, l.getHeight() / 2};
        });
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
