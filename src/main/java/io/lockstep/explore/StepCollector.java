package io.lockstep.explore;

import io.lockstep.engine.Program;
import io.lockstep.engine.StepListener;
import io.lockstep.event.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one step so the explorer can attach the schedule that led there, and
 * every lock-order edge any step makes (with the one that closed each inversion first found).
 */
final class StepCollector implements StepListener {
    private final List<Finding> pending = new ArrayList<>();
    /** For each pending finding, the edge made just before it (class pair), or -1. */
    private final List<Integer> pendingEdge = new ArrayList<>();
    private final Program program;
    private final int classes;
    private final boolean[] edges;
    private final boolean[] closing;
    private int lastEdge = -1;
    /** The class pairs this collector saw for the first time since the last {@link #takeNewEdges}. */
    private int[] newEdges = new int[8];
    private int newEdgeCount;

    StepCollector(Program program) {
        this.program = program;
        this.classes = program.lockClassCount();
        this.edges = new boolean[classes * classes];
        this.closing = new boolean[classes * classes];
    }

    /** Edges added or narrowed since the last {@link #takeEdgeChanges}: whether a step changed the state's graph. */
    private int edgeChanges;

    @Override
    public void lockOrderEdge(int fromClass, int toClass) {
        edgeChanges++;
        lastEdge = fromClass * classes + toClass;
        if (!edges[lastEdge]) {
            edges[lastEdge] = true;
            if (newEdgeCount == newEdges.length) {
                newEdges = java.util.Arrays.copyOf(newEdges, newEdgeCount * 2);
            }
            newEdges[newEdgeCount++] = lastEdge;
        }
    }

    /**
     * The class pairs seen first since the last call (an exploring thread's, per batch): merged in
     * batch order, they give the edges of exactly the batches the search kept, however far the
     * other threads ran ahead.
     */
    int[] takeNewEdges() {
        int[] out = java.util.Arrays.copyOf(newEdges, newEdgeCount);
        newEdgeCount = 0;
        return out;
    }

    @Override
    public void finding(Finding f) {
        pending.add(f);
        pendingEdge.add(f instanceof Finding.Inversion ? lastEdge : -1);
    }

    boolean any() {
        return !pending.isEmpty();
    }

    void drainInto(Map<String, Found> found, List<Integer> schedule) {
        for (int i = 0; i < pending.size(); i++) {
            Finding f = pending.get(i);
            if (found.putIfAbsent(f.key(), new Found(f, schedule)) == null) {
                markClosing(i);
            }
        }
        clear();
    }

    /** The same, computing the schedule only for a finding not seen before. */
    void drainInto(Map<String, Found> found, int[] parent, byte[] via, int id, int t) {
        for (int i = 0; i < pending.size(); i++) {
            Finding f = pending.get(i);
            String key = f.key();
            if (!found.containsKey(key)) {
                found.put(key, new Found(f, BaselineExplorer.schedule(parent, via, id, t)));
                markClosing(i);
            }
        }
        clear();
    }

    /** Whether the lock-order graph changed since the last call (the engine reports every change as an edge). */
    boolean takeEdgeChanges() {
        boolean changed = edgeChanges != 0;
        edgeChanges = 0;
        return changed;
    }

    /** The findings of the step just taken, in the order they were reported. */
    List<Finding> pending() {
        return pending;
    }

    /** For the {@code i}th pending finding: the edge (class pair) made just before it, or -1. */
    int pendingEdge(int i) {
        return pendingEdge.get(i);
    }

    /** Forgets the pending findings (the caller has taken them). */
    void clearPending() {
        clear();
    }

    /** Marks an edge (class pair) as one that closed a recorded inversion. */
    void markClosingPair(int pair) {
        closing[pair] = true;
    }

    /** Adds edges another collector saw first ({@link #takeNewEdges}): an exploring thread's batch. */
    void addEdges(int[] pairs) {
        for (int pair : pairs) {
            edges[pair] = true;
        }
    }

    private void markClosing(int pendingIndex) {
        int pair = pendingEdge.get(pendingIndex);
        if (pair >= 0) {
            closing[pair] = true;
        }
    }

    private void clear() {
        pending.clear();
        pendingEdge.clear();
        lastEdge = -1;
    }

    /** Every edge seen, in the classes' declaration order (deterministic). */
    List<ClassEdge> lockOrder() {
        List<ClassEdge> out = new ArrayList<>();
        for (int pair = 0; pair < edges.length; pair++) {
            if (edges[pair]) {
                out.add(new ClassEdge(program.lockClassName(pair / classes), program.lockClassName(pair % classes),
                        closing[pair]));
            }
        }
        return out;
    }
}
