package io.lockstep.ui.view.layout;

import java.util.List;
import java.util.Map;

/**
 * What to lay out: the lock classes in declaration order (only those an arc touches are drawn),
 * the arcs, each class's box size (its name, and its note when it has one) and the size of the
 * slot an edge's label gets (wide enough for any step number the view will write in it).
 */
public record Spec(List<String> classes, List<Arc> arcs, Map<String, double[]> nodeSizes, double labelWidth,
        double labelHeight) {
    public Spec {
        classes = List.copyOf(classes);
        arcs = List.copyOf(arcs);
        nodeSizes = Map.copyOf(nodeSizes);
    }
}
