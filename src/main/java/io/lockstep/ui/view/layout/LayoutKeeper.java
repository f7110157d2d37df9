package io.lockstep.ui.view.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides which layout the graph shows, so that nothing moves while the user steps, plays or
 * scrubs.
 *
 * <p>The layout is made once per scenario (and release) from every lock-order edge the explorer
 * found in any interleaving, plus whatever the run had made by then. Until that result is in
 * (milliseconds for every sample), the run's own edges are laid out, and that provisional drawing
 * may be redone when the run makes a new edge. Once the explored layout is in, it is kept: an
 * edge or class the run makes that it does not know (the exploration stopped at a limit) is added
 * by {@link GraphLayout#extendedWith}, which moves nothing already placed.
 */
public final class LayoutKeeper {
    private final List<String> classes;
    private final Map<String, double[]> sizes;
    private final double labelW;
    private final double labelH;
    private List<Arc> explored;
    private GraphLayout current;
    private boolean provisional = true;
    private final List<Arc> laidOut = new ArrayList<>();

    /** {@code classes} in declaration order, their box sizes, and the size of an edge label's slot. */
    public LayoutKeeper(List<String> classes, Map<String, double[]> sizes, double labelW, double labelH) {
        this.classes = List.copyOf(classes);
        this.sizes = Map.copyOf(sizes);
        this.labelW = labelW;
        this.labelH = labelH;
    }

    /**
     * A keeper of the same edges over only {@code shown} of the classes: a stage draws the locks
     * that matter at a step in a layout of their own, compact enough for type a room can read.
     */
    public LayoutKeeper restrictedTo(java.util.Set<String> shown) {
        List<String> kept = classes.stream().filter(shown::contains).toList();
        Map<String, double[]> keptSizes = new java.util.HashMap<>();
        kept.forEach(c -> keptSizes.put(c, sizes.get(c)));
        LayoutKeeper k = new LayoutKeeper(kept, keptSizes, labelW, labelH);
        List<Arc> runs = between(laidOut, shown);
        if (explored != null) {
            k.laidOut.addAll(runs);
            k.explored(between(explored, shown));
        } else {
            k.layoutFor(runs);
        }
        return k;
    }

    /** The arcs whose both ends are in {@code shown}. */
    public static List<Arc> between(List<Arc> arcs, java.util.Set<String> shown) {
        return arcs.stream().filter(a -> shown.contains(a.from()) && shown.contains(a.to())).toList();
    }

    /** The explorer's edges arrived: the layout is made from them (and the run's so far) and then kept. */
    public void explored(List<Arc> arcs) {
        explored = List.copyOf(arcs);
        List<Arc> all = new ArrayList<>(explored);
        all.addAll(laidOut);
        current = LayeredLayout.compute(new Spec(classes, all, sizes, labelW, labelH));
        provisional = false;
    }

    /** Whether the layout shown is still the provisional one (no exploration result yet). */
    public boolean provisional() {
        return provisional;
    }

    /** The layout that shows {@code runArcs} (every edge the run has made up to the step shown, or beyond). */
    public GraphLayout layoutFor(List<Arc> runArcs) {
        List<Arc> unknown = new ArrayList<>();
        for (Arc a : runArcs) {
            if ((current == null || !current.routes().containsKey(a.key()))
                    && unknown.stream().noneMatch(u -> u.key().equals(a.key()))) {
                unknown.add(a);
            }
        }
        if (current != null && unknown.isEmpty()) {
            return current;
        }
        laidOut.addAll(unknown);
        if (provisional) {
            current = LayeredLayout.compute(new Spec(classes, laidOut, sizes, labelW, labelH));
        } else {
            current = current.extendedWith(unknown, sizes, labelW, labelH);
        }
        return current;
    }
}
