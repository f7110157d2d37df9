package io.lockstep.ui.view.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The x of every vertex of a layered graph whose rows are ordered: a few sweeps down and up, each
 * row moved as close as its gaps allow to the mean x of its neighbours in the row before, keeping
 * its order (least squares under "x[i+1] - x[i] >= gap", which pool-adjacent-violators solves
 * exactly), then one sweep towards the neighbours on both sides. Rows start packed and centred.
 */
final class RowPlacement {
    private RowPlacement() {}

    static void coordinates(List<List<LayerVertex>> rows) {
        for (List<LayerVertex> row : rows) {
            double[] c = offsets(row);
            double mid = row.isEmpty() ? 0 : c[row.size() - 1] / 2;
            for (int i = 0; i < row.size(); i++) {
                row.get(i).x = c[i] - mid;
            }
        }
        for (int round = 0; round < 8; round++) {
            for (int r = 1; r < rows.size(); r++) {
                place(rows.get(r), v -> v.up);
            }
            for (int r = rows.size() - 2; r >= 0; r--) {
                place(rows.get(r), v -> v.down);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            place(rows.get(r), v -> {
                List<LayerVertex> both = new ArrayList<>(v.up);
                both.addAll(v.down);
                return both;
            });
        }
    }

    /** Centre-to-centre distances from the first vertex of the row when packed as tightly as allowed. */
    static double[] offsets(List<LayerVertex> row) {
        double[] c = new double[row.size()];
        for (int i = 1; i < row.size(); i++) {
            LayerVertex a = row.get(i - 1);
            LayerVertex b = row.get(i);
            c[i] = c[i - 1] + (a.w + b.w) / 2 + gap(a, b);
        }
        return c;
    }

    static double gap(LayerVertex a, LayerVertex b) {
        if (a.kind == LayerVertex.Kind.CLASS && b.kind == LayerVertex.Kind.CLASS) {
            return LayeredLayout.NODE_GAP;
        }
        if (a.kind == LayerVertex.Kind.POINT && b.kind == LayerVertex.Kind.POINT) {
            return LayeredLayout.POINT_GAP;
        }
        return a.kind == LayerVertex.Kind.LABEL || b.kind == LayerVertex.Kind.LABEL ? LayeredLayout.LABEL_GAP
                : LayeredLayout.POINT_GAP + 4;
    }

    /**
     * Moves the row's vertices as close as the gaps allow to the mean x of their neighbours, keeping
     * their order: least squares under "x[i+1] - x[i] >= gap", solved by pool-adjacent-violators on
     * x minus the packed offsets.
     */
    private static void place(List<LayerVertex> row, java.util.function.Function<LayerVertex, List<LayerVertex>> neighbours) {
        int n = row.size();
        if (n == 0) {
            return;
        }
        double[] c = offsets(row);
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            LayerVertex v = row.get(i);
            List<LayerVertex> ns = neighbours.apply(v);
            double want = ns.isEmpty() ? v.x : ns.stream().mapToDouble(w -> w.x).average().orElse(v.x);
            target[i] = want - c[i];
        }
        double[] fitted = isotonic(target);
        for (int i = 0; i < n; i++) {
            row.get(i).x = fitted[i] + c[i];
        }
    }

    /** The non-decreasing sequence closest (least squares) to {@code t}. */
    static double[] isotonic(double[] t) {
        int n = t.length;
        double[] sum = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (double value : t) {
            sum[blocks] = value;
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < count[b]; k++) {
                out[at++] = sum[b] / count[b];
            }
        }
        return out;
    }

}
