package io.lockstep.ui.view.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A laid-out lock-order graph: a box per class, a route per edge (with its label's box), each
 * class's layer (0 at the top) and the size of the drawing. Immutable; {@link #extendedWith} gives
 * a new one that keeps every box of this one where it is.
 */
public final class GraphLayout {
    private final Map<String, Box> nodes;
    private final Map<String, Route> routes;
    private final Map<String, Integer> layers;
    private final double width;
    private final double height;

    GraphLayout(Map<String, Box> nodes, Map<String, Route> routes, Map<String, Integer> layers, double width,
            double height) {
        this.nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        this.routes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routes));
        this.layers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        this.width = width;
        this.height = height;
    }

    /** Class name → its box, in layer order. */
    public Map<String, Box> nodes() {
        return nodes;
    }

    /** Edge key ("A->B") → its route. */
    public Map<String, Route> routes() {
        return routes;
    }

    public Integer layerOf(String cls) {
        return layers.get(cls);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Every box that text is written in: classes, then edge labels. Nothing may overlap them. */
    public List<Box> textBoxes() {
        List<Box> out = new ArrayList<>(nodes.values());
        routes.values().forEach(r -> out.add(r.label()));
        return out;
    }

    /**
     * The frame around a cycle (its classes and the labels of the edges between them), a little
     * larger than they are: what a guarded inversion draws with its gate's name.
     */
    public Box frameAround(Collection<String> cycle) {
        Box frame = null;
        for (String c : cycle) {
            Box b = nodes.get(c);
            if (b != null) {
                frame = frame == null ? b : frame.union(b);
            }
        }
        if (frame == null) {
            return null;
        }
        for (Route r : routes.values()) {
            if (cycle.contains(r.from()) && cycle.contains(r.to())) {
                frame = frame.union(r.label());
            }
        }
        return frame.grow(6);
    }

    /**
     * The first of {@code candidates} (boxes of one size) that overlaps none of {@code taken}; when
     * none is free, a spot under everything drawn so far, so text never lands on text. The spot
     * found is added to {@code taken}.
     */
    public static Box freeSpot(List<Box> candidates, List<Box> taken) {
        for (Box c : candidates) {
            if (c.x() >= 0 && c.y() >= 0 && taken.stream().noneMatch(c::overlaps)) {
                taken.add(c);
                return c;
            }
        }
        Box first = candidates.get(0);
        double bottom = taken.stream().mapToDouble(Box::maxY).max().orElse(0);
        Box below = new Box(Math.max(0, first.x()), bottom + 4, first.w(), first.h());
        taken.add(below);
        return below;
    }

    /**
     * Places a box of w × h next to {@code anchor} without overlapping {@code taken}: right of it,
     * left, above, below, then further out along its row. What a thread's tag or a frame's name uses.
     */
    public static Box besides(Box anchor, double w, double h, List<Box> taken) {
        List<Box> candidates = new ArrayList<>();
        double cy = anchor.centerY() - h / 2;
        for (int k = 0; k < 4; k++) {
            double out = 8 + k * (w + 8);
            candidates.add(new Box(anchor.maxX() + out, cy, w, h));
            candidates.add(new Box(anchor.x() - out - w, cy, w, h));
            if (k == 0) {
                candidates.add(new Box(anchor.centerX() - w / 2, anchor.y() - h - 4, w, h));
                candidates.add(new Box(anchor.centerX() - w / 2, anchor.maxY() + 4, w, h));
            }
        }
        return freeSpot(candidates, taken);
    }

    /**
     * This layout with classes and edges it did not know added (a run went further than the
     * exploration did): a new class goes at the right end of the row its layer would be, or in a
     * new row at the bottom; a new edge is a straight line with its label at the first free spot
     * along it. Nothing already placed moves.
     */
    public GraphLayout extendedWith(List<Arc> arcs, Map<String, double[]> sizes, double labelW, double labelH) {
        Map<String, Box> n = new LinkedHashMap<>(nodes);
        Map<String, Route> r = new LinkedHashMap<>(routes);
        Map<String, Integer> l = new LinkedHashMap<>(layers);
        List<Box> taken = new ArrayList<>(textBoxes());
        double w = width;
        double h = height;
        for (Arc a : arcs) {
            for (String cls : List.of(a.from(), a.to())) {
                if (!n.containsKey(cls)) {
                    double[] s = sizes.getOrDefault(cls, new double[] {8 * cls.length() + 16, 24});
                    Box spot = new Box(w, rowOf(n, l, a, cls), s[0], s[1]);
                    if (taken.stream().anyMatch(spot::overlaps)) {
                        spot = new Box(LayeredLayout.MARGIN, h, s[0], s[1]);
                    }
                    n.put(cls, spot);
                    l.put(cls, l.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1);
                    taken.add(spot);
                    w = Math.max(w, spot.maxX() + LayeredLayout.NODE_GAP);
                    h = Math.max(h, spot.maxY() + LayeredLayout.MARGIN);
                }
            }
            if (!r.containsKey(a.key())) {
                Route route = extraRoute(a, n, labelW, labelH, taken);
                r.put(a.key(), route);
                w = Math.max(w, route.label().maxX() + LayeredLayout.MARGIN);
                h = Math.max(h, route.label().maxY() + LayeredLayout.MARGIN);
            }
        }
        return new GraphLayout(n, r, l, w, h);
    }

    /** The top of the row a new class joins: one below the lowest class it is held under, else the top. */
    private static double rowOf(Map<String, Box> n, Map<String, Integer> l, Arc a, String cls) {
        String other = cls.equals(a.to()) ? a.from() : a.to();
        Box o = n.get(other);
        return o == null ? LayeredLayout.MARGIN : o.y();
    }

    private static Route extraRoute(Arc a, Map<String, Box> n, double labelW, double labelH, List<Box> taken) {
        Box f = n.get(a.from());
        Box t = n.get(a.to());
        if (a.selfLoop()) {
            Box label = besides(f, labelW, labelH, taken);
            return new Route(a.from(), a.to(), new double[] {f.maxX(), f.centerY() - f.h() / 4, f.maxX(),
                f.centerY() + f.h() / 4}, label, false, true, true);
        }
        boolean fromAbove = f.centerY() <= t.centerY();
        Box upper = fromAbove ? f : t;
        Box lower = fromAbove ? t : f;
        double[] pts = {upper.centerX(), upper.maxY(), lower.centerX(), lower.y()};
        if (upper.maxY() > lower.y()) { // side by side in one row: join their facing sides
            boolean leftFirst = upper.centerX() < lower.centerX();
            pts = new double[] {leftFirst ? upper.maxX() : upper.x(), upper.centerY(), leftFirst ? lower.x() : lower.maxX(),
                lower.centerY()};
        }
        List<Box> candidates = new ArrayList<>();
        for (double tt : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            double x = pts[0] + (pts[2] - pts[0]) * tt;
            double y = pts[1] + (pts[3] - pts[1]) * tt;
            candidates.add(Box.centred(x, y, labelW, labelH));
        }
        Box label = freeSpot(candidates, taken);
        return new Route(a.from(), a.to(), pts, label, !fromAbove, false, true);
    }
}
