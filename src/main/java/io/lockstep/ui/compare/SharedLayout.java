package io.lockstep.ui.compare;

import io.lockstep.explore.ClassEdge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the two panes' graphs share: every class edge either model can make (an edge closes a cycle
 * if it does on either side), so both are laid out alike and differ only in what they draw.
 */
final class SharedLayout {
    private SharedLayout() {}

    static List<ClassEdge> union(ExploredSide left, ExploredSide right) {
        Map<String, ClassEdge> byKey = new LinkedHashMap<>();
        List<ClassEdge> all = new ArrayList<>(left.result().lockOrder());
        all.addAll(right.result().lockOrder());
        for (ClassEdge e : all) {
            String key = e.from() + "->" + e.to();
            ClassEdge seen = byKey.get(key);
            byKey.put(key, seen == null ? e : new ClassEdge(e.from(), e.to(), seen.closesCycle() || e.closesCycle()));
        }
        return List.copyOf(byKey.values());
    }

    /** The graph's keys ("A->B") of {@code edges}. */
    static Set<String> keys(Collection<OrderEdge> edges) {
        return edges.stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toUnmodifiableSet());
    }
}
