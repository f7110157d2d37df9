package io.lockstep.ui.view.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layered drawing of a lock-order graph, computed once from every edge the explorer found: outer
 * locks above inner ones ({@link LayerAssignment}), then the classic rest of a Sugiyama layout.
 *
 * <p>Between two rows of classes lies a row of edge labels: an edge that spans several layers gets
 * a chain of points, one per row it crosses, and one of them (in the middle of the span) is its
 * label, sized like the label. So a label is a vertex of the layered graph like a class, and
 * labels and classes cannot overlap: each row's vertices are placed left to right with a minimum
 * gap. The order within rows comes from barycenter sweeps (down, up, a dozen times, keeping the
 * order with the fewest crossings); x positions from the same sweeps, each row solved exactly for
 * "as close as possible to the mean of its neighbours, in order, no closer than the gap"
 * (isotonic regression by pool-adjacent-violators). Everything iterates lists in declaration order,
 * never a hash order, so the same input gives the same drawing, number for number.
 */
public final class LayeredLayout {
    static final double MARGIN = 10;
    static final double NODE_GAP = 22;
    static final double LABEL_GAP = 6;
    static final double POINT_GAP = 5;
    static final double ROW_GAP = 8;
    static final double LOOP_WIDTH = 14;
    private static final int SWEEPS = 12;

    private final Spec spec;
    private final List<List<LayerVertex>> rows = new ArrayList<>();
    private final Map<String, LayerVertex> classVertex = new LinkedHashMap<>();
    private final Map<String, List<LayerVertex>> chains = new LinkedHashMap<>();
    private int created;

    private LayeredLayout(Spec spec) {
        this.spec = spec;
    }

    public static GraphLayout compute(Spec spec) {
        return new LayeredLayout(spec).run();
    }

    private GraphLayout run() {
        Map<String, Arc> arcs = distinctArcs();
        List<String> drawn = drawnClasses(arcs.values());
        if (drawn.isEmpty()) {
            return new GraphLayout(Map.of(), Map.of(), Map.of(), 2 * MARGIN, 2 * MARGIN);
        }
        LayerAssignment.Result layers = LayerAssignment.assign(drawn, List.copyOf(arcs.values()));
        Map<String, Integer> layer = compact(layers.layer());
        Set<String> upward = new LinkedHashSet<>();
        layers.upward().forEach(a -> upward.add(a.key()));
        buildVertices(layers.order(), layer, arcs, upward);
        order();
        double[] rowTop = new double[rows.size()];
        double[] rowHeight = new double[rows.size()];
        rowsVertically(rowTop, rowHeight);
        RowPlacement.coordinates(rows);
        return routes(arcs, upward, layer, rowTop, rowHeight);
    }

    private Map<String, Arc> distinctArcs() {
        Map<String, Arc> arcs = new LinkedHashMap<>();
        for (Arc a : spec.arcs()) {
            Arc known = arcs.get(a.key());
            arcs.put(a.key(), known == null ? a : new Arc(a.from(), a.to(), a.closing() || known.closing()));
        }
        return arcs;
    }

    /** The classes some arc touches, in declaration order (names the spec does not list go last, by name). */
    private List<String> drawnClasses(java.util.Collection<Arc> arcs) {
        Set<String> touched = new java.util.TreeSet<>();
        arcs.forEach(a -> {
            touched.add(a.from());
            touched.add(a.to());
        });
        List<String> out = new ArrayList<>();
        for (String c : spec.classes()) {
            if (touched.remove(c)) {
                out.add(c);
            }
        }
        out.addAll(touched);
        return out;
    }

    private static Map<String, Integer> compact(Map<String, Integer> layer) {
        List<Integer> used = layer.values().stream().distinct().sorted().toList();
        Map<String, Integer> out = new LinkedHashMap<>();
        layer.forEach((c, l) -> out.put(c, used.indexOf(l)));
        return out;
    }

    private double[] size(String cls) {
        return spec.nodeSizes().getOrDefault(cls, new double[] {8 * cls.length() + 16, 24});
    }

    private void buildVertices(List<String> order, Map<String, Integer> layer, Map<String, Arc> arcs,
            Set<String> upward) {
        int ranks = 2 * layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int r = 0; r < ranks; r++) {
            rows.add(new ArrayList<>());
        }
        for (String cls : order) {
            double[] s = size(cls);
            boolean loop = arcs.containsKey(Arc.key(cls, cls));
            double w = s[0] + (loop ? LOOP_WIDTH + spec.labelWidth() + 2 : 0);
            LayerVertex v = new LayerVertex(cls, LayerVertex.Kind.CLASS, 2 * layer.get(cls), w,
                    Math.max(s[1], loop ? spec.labelHeight() : 0), created++);
            classVertex.put(cls, v);
            rows.get(v.rank).add(v);
        }
        for (Arc a : arcs.values()) {
            if (a.selfLoop()) {
                continue;
            }
            boolean up = upward.contains(a.key());
            LayerVertex upper = classVertex.get(up ? a.to() : a.from());
            LayerVertex lower = classVertex.get(up ? a.from() : a.to());
            int span = (lower.rank - upper.rank) / 2;
            int labelRank = upper.rank + 2 * ((span - 1) / 2) + 1;
            List<LayerVertex> chain = new ArrayList<>();
            LayerVertex prev = upper;
            for (int r = upper.rank + 1; r < lower.rank; r++) {
                boolean label = r == labelRank;
                LayerVertex v = new LayerVertex(a.key() + "#" + r, label ? LayerVertex.Kind.LABEL : LayerVertex.Kind.POINT,
                        r, label ? spec.labelWidth() : 0, label ? spec.labelHeight() : 0, created++);
                rows.get(r).add(v);
                link(prev, v);
                chain.add(v);
                prev = v;
            }
            link(prev, lower);
            chains.put(a.key(), chain);
        }
    }

    private static void link(LayerVertex upper, LayerVertex lower) {
        upper.down.add(lower);
        lower.up.add(upper);
    }

    // ---- order within rows

    private void order() {
        for (int r = 1; r < rows.size(); r++) {
            sortBy(rows.get(r), v -> barycenter(v.up, v.created));
        }
        renumber();
        List<List<LayerVertex>> best = snapshot();
        long fewest = crossings();
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            if (sweep % 2 == 0) {
                for (int r = 1; r < rows.size(); r++) {
                    sortBy(rows.get(r), v -> barycenter(v.up, v.pos));
                    renumber(rows.get(r));
                }
            } else {
                for (int r = rows.size() - 2; r >= 0; r--) {
                    sortBy(rows.get(r), v -> barycenter(v.down, v.pos));
                    renumber(rows.get(r));
                }
            }
            long c = crossings();
            if (c < fewest) {
                fewest = c;
                best = snapshot();
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            rows.set(r, best.get(r));
        }
        renumber();
    }

    private static double barycenter(List<LayerVertex> neighbours, double otherwise) {
        if (neighbours.isEmpty()) {
            return otherwise;
        }
        return neighbours.stream().mapToInt(n -> n.pos).average().orElse(otherwise);
    }

    private static void sortBy(List<LayerVertex> row, java.util.function.ToDoubleFunction<LayerVertex> key) {
        Map<LayerVertex, Double> keys = new java.util.IdentityHashMap<>();
        row.forEach(v -> keys.put(v, key.applyAsDouble(v)));
        row.sort(Comparator.comparingDouble((LayerVertex v) -> keys.get(v)).thenComparingInt(v -> v.pos)
                .thenComparingInt(v -> v.created));
    }

    private void renumber() {
        rows.forEach(LayeredLayout::renumber);
    }

    private static void renumber(List<LayerVertex> row) {
        for (int i = 0; i < row.size(); i++) {
            row.get(i).pos = i;
        }
    }

    private List<List<LayerVertex>> snapshot() {
        List<List<LayerVertex>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));
        return copy;
    }

    private long crossings() {
        long total = 0;
        for (int r = 0; r + 1 < rows.size(); r++) {
            List<int[]> segments = new ArrayList<>();
            for (LayerVertex v : rows.get(r)) {
                for (LayerVertex w : v.down) {
                    segments.add(new int[] {v.pos, w.pos});
                }
            }
            for (int i = 0; i < segments.size(); i++) {
                for (int j = i + 1; j < segments.size(); j++) {
                    int[] a = segments.get(i);
                    int[] b = segments.get(j);
                    if ((long) (a[0] - b[0]) * (a[1] - b[1]) < 0) {
                        total++;
                    }
                }
            }
        }
        return total;
    }

    // ---- coordinates

    private void rowsVertically(double[] top, double[] height) {
        double y = MARGIN;
        for (int r = 0; r < rows.size(); r++) {
            double h = 0;
            for (LayerVertex v : rows.get(r)) {
                h = Math.max(h, v.h);
            }
            if (r % 2 == 1 && h == 0) {
                h = 4; // a row of bends only: room for the curves to turn
            }
            top[r] = y;
            height[r] = h;
            y += h + ROW_GAP;
        }
    }

    // ---- the result

    private GraphLayout routes(Map<String, Arc> arcs, Set<String> upward, Map<String, Integer> layer,
            double[] rowTop, double[] rowHeight) {
        double minX = Double.MAX_VALUE;
        for (List<LayerVertex> row : rows) {
            for (LayerVertex v : row) {
                minX = Math.min(minX, v.x - v.w / 2);
            }
        }
        double shift = MARGIN - minX;
        Map<String, Box> nodes = new LinkedHashMap<>();
        double width = 0;
        for (LayerVertex v : classVertex.values()) {
            double[] s = size(v.id);
            double left = v.x - v.w / 2 + shift;
            nodes.put(v.id, new Box(left, rowTop[v.rank], s[0], s[1]));
            width = Math.max(width, left + v.w);
        }
        Map<String, Route> routes = new LinkedHashMap<>();
        for (Arc a : arcs.values()) {
            Box node = nodes.get(a.from());
            if (a.selfLoop()) {
                double cy = node.centerY();
                Box label = Box.centred(node.maxX() + LOOP_WIDTH + 2 + spec.labelWidth() / 2, cy, spec.labelWidth(),
                        spec.labelHeight());
                routes.put(a.key(), new Route(a.from(), a.to(), new double[] {node.maxX(), cy - node.h() / 4,
                    node.maxX(), cy + node.h() / 4}, label, false, true, false));
                continue;
            }
            boolean up = upward.contains(a.key());
            String upperClass = up ? a.to() : a.from();
            String lowerClass = up ? a.from() : a.to();
            List<LayerVertex> chain = chains.get(a.key());
            List<Double> pts = new ArrayList<>();
            // Classes sit two ranks apart, so every chain has at least its label.
            pts.add(port(classVertex.get(upperClass), chain.get(0), true, nodes.get(upperClass)));
            pts.add(nodes.get(upperClass).maxY());
            Box label = null;
            for (LayerVertex v : chain) {
                double x = v.x + shift;
                if (v.rank % 2 == 0) { // through a row of classes: straight down, clear of its boxes
                    pts.add(x);
                    pts.add(rowTop[v.rank]);
                    pts.add(x);
                    pts.add(rowTop[v.rank] + rowHeight[v.rank]);
                } else { // through a row of labels: through the middle, so the curves have room to bend
                    pts.add(x);
                    pts.add(rowTop[v.rank] + rowHeight[v.rank] / 2);
                }
                if (v.kind == LayerVertex.Kind.LABEL) {
                    label = Box.centred(x, rowTop[v.rank] + rowHeight[v.rank] / 2, v.w, v.h);
                }
            }
            pts.add(port(classVertex.get(lowerClass), chain.get(chain.size() - 1), false, nodes.get(lowerClass)));
            pts.add(nodes.get(lowerClass).y());
            double[] p = pts.stream().mapToDouble(Double::doubleValue).toArray();
            routes.put(a.key(), new Route(a.from(), a.to(), p, label, up, false, false));
        }
        double height = rowTop[rows.size() - 1] + rowHeight[rows.size() - 1] + MARGIN;
        return new GraphLayout(nodes, routes, layer, width + MARGIN, height);
    }

    /**
     * Where an edge meets a class: its ports are spread along the class's bottom (edges going down)
     * or top (edges coming in) in the order of the vertices at their other end, so that edges
     * leaving one class do not cross each other at the start.
     */
    private static double port(LayerVertex cls, LayerVertex toward, boolean bottom, Box box) {
        List<LayerVertex> side = new ArrayList<>(bottom ? cls.down : cls.up);
        side.sort(Comparator.comparingDouble((LayerVertex v) -> v.x).thenComparingInt(v -> v.created));
        int i = side.indexOf(toward);
        double usable = box.w() * 0.8;
        return box.x() + box.w() * 0.1 + usable * (i + 1) / (side.size() + 1);
    }
}
