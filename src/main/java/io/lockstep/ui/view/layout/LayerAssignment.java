package io.lockstep.ui.view.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first half of a layered (Sugiyama) drawing: which edges point up and which layer each class
 * goes in. Outer locks go above inner ones, so almost every edge points down and the few that
 * point up are the ones that close a cycle.
 *
 * <p>Cycles are broken with the greedy heuristic of Eades, Lin and Smyth (1993) for a small
 * feedback arc set: take sinks off the end and sources off the front, else the class whose
 * out-degree most exceeds its in-degree. It runs on the graph with every closing edge already
 * turned round, so when those reversals alone make the graph acyclic (the usual case: one closing
 * edge per inversion) they are exactly the upward edges. Layers are longest paths from the top,
 * with each class that nothing points into pulled down to sit just above its highest successor.
 * Ties go by declaration order, never by hash order: the same graph gives the same drawing.
 */
final class LayerAssignment {
    /** Classes in order (top to bottom, then declaration), their layers, and the arcs drawn upward. */
    record Result(List<String> order, Map<String, Integer> layer, List<Arc> upward) {}

    private LayerAssignment() {}

    /** {@code classes} in declaration order; {@code arcs} between them, self-loops allowed (ignored here). */
    static Result assign(List<String> classes, List<Arc> arcs) {
        int n = classes.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(classes.get(i), i);
        }
        boolean[][] h = new boolean[n][n];
        for (Arc a : arcs) {
            if (!a.selfLoop()) {
                int f = index.get(a.from());
                int t = index.get(a.to());
                if (a.closing()) {
                    h[t][f] = true;
                } else {
                    h[f][t] = true;
                }
            }
        }
        int[] position = greedyOrder(h);
        List<Arc> upward = new ArrayList<>();
        boolean[][] down = new boolean[n][n];
        for (Arc a : arcs) {
            if (a.selfLoop()) {
                continue;
            }
            int f = index.get(a.from());
            int t = index.get(a.to());
            if (position[f] < position[t]) {
                down[f][t] = true;
            } else {
                down[t][f] = true;
                upward.add(a);
            }
        }
        int[] layer = layers(down, position);
        Integer[] byPosition = new Integer[n];
        for (int i = 0; i < n; i++) {
            byPosition[i] = i;
        }
        java.util.Arrays.sort(byPosition, (a, b) -> layer[a] != layer[b] ? Integer.compare(layer[a], layer[b])
                : Integer.compare(a, b));
        List<String> order = new ArrayList<>();
        Map<String, Integer> layerOf = new java.util.LinkedHashMap<>();
        for (int i : byPosition) {
            order.add(classes.get(i));
            layerOf.put(classes.get(i), layer[i]);
        }
        return new Result(order, layerOf, upward);
    }

    /** Eades–Lin–Smyth: a position for each vertex such that few edges go from a later to an earlier one. */
    static int[] greedyOrder(boolean[][] g) {
        int n = g.length;
        boolean[] removed = new boolean[n];
        int[] in = new int[n];
        int[] out = new int[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (g[a][b] && a != b) {
                    out[a]++;
                    in[b]++;
                }
            }
        }
        List<Integer> front = new ArrayList<>();
        List<Integer> back = new ArrayList<>();
        int left = n;
        while (left > 0) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int v = n - 1; v >= 0; v--) {
                    if (!removed[v] && out[v] == 0) {
                        back.add(0, v);
                        remove(g, v, removed, in, out);
                        left--;
                        changed = true;
                    }
                }
                for (int v = 0; v < n; v++) {
                    if (!removed[v] && in[v] == 0) {
                        front.add(v);
                        remove(g, v, removed, in, out);
                        left--;
                        changed = true;
                    }
                }
            }
            if (left > 0) {
                int best = -1;
                for (int v = 0; v < n; v++) {
                    if (!removed[v] && (best < 0 || out[v] - in[v] > out[best] - in[best])) {
                        best = v;
                    }
                }
                front.add(best);
                remove(g, best, removed, in, out);
                left--;
            }
        }
        front.addAll(back);
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            position[front.get(i)] = i;
        }
        return position;
    }

    private static void remove(boolean[][] g, int v, boolean[] removed, int[] in, int[] out) {
        removed[v] = true;
        for (int w = 0; w < g.length; w++) {
            if (w != v && !removed[w]) {
                if (g[v][w]) {
                    in[w]--;
                }
                if (g[w][v]) {
                    out[w]--;
                }
            }
        }
    }

    /** Longest-path layers of the acyclic {@code down}, then sources pulled down next to their successors. */
    private static int[] layers(boolean[][] down, int[] position) {
        int n = down.length;
        Integer[] topo = new Integer[n];
        for (int i = 0; i < n; i++) {
            topo[i] = i;
        }
        java.util.Arrays.sort(topo, (a, b) -> Integer.compare(position[a], position[b]));
        int[] layer = new int[n];
        for (int v : topo) {
            for (int u = 0; u < n; u++) {
                if (down[u][v]) {
                    layer[v] = Math.max(layer[v], layer[u] + 1);
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            int v = topo[i];
            boolean source = true;
            int highestSuccessor = Integer.MAX_VALUE;
            for (int w = 0; w < n; w++) {
                source &= !down[w][v];
                if (down[v][w]) {
                    highestSuccessor = Math.min(highestSuccessor, layer[w]);
                }
            }
            if (source && highestSuccessor != Integer.MAX_VALUE) {
                layer[v] = highestSuccessor - 1;
            }
        }
        return layer;
    }
}
