package io.lockstep.ui.compare;

import io.lockstep.event.Finding;
import io.lockstep.explore.Found;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How two models differ over every interleaving, not just the two runs on screen: the kinds of
 * finding one has and the other lacks (the "cycle gone" and "race gone" badges), each finding of one
 * side only, and the lock-order edges only one side can make ("this edge is gone after patch2").
 * A side whose exploration stopped early cannot prove an absence, so nothing is said "gone" from it.
 */
public record ModelContrast(List<Change> changes, List<String> findingsOnlyLeft, List<String> findingsOnlyRight,
        SortedSet<OrderEdge> edgesOnlyLeft, SortedSet<OrderEdge> edgesOnlyRight, boolean complete) {

    /** The kinds a badge speaks of, in the order of the window's verdict bar. */
    public static final List<Finding.Kind> KINDS = List.of(Finding.Kind.DEADLOCK, Finding.Kind.INVERSION,
            Finding.Kind.GUARDED_INVERSION, Finding.Kind.RACE, Finding.Kind.VIOLATION);

    /** One kind of finding that the left model has and the right lacks ({@code gone}), or the other way round. */
    public record Change(Finding.Kind kind, boolean gone) {
        /** "cycle gone", "deadlock gone", "race appears", "guarded cycle appears". */
        public String words() {
            String what = switch (kind) {
                case INVERSION -> "cycle";
                case GUARDED_INVERSION -> "guarded cycle";
                default -> kind.words;
            };
            return what + (gone ? " gone" : " appears");
        }

        /** A stable id for the badge: "inversion-gone". */
        public String id() {
            return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + (gone ? "-gone" : "-appears");
        }
    }

    public ModelContrast {
        changes = List.copyOf(changes);
        findingsOnlyLeft = List.copyOf(findingsOnlyLeft);
        findingsOnlyRight = List.copyOf(findingsOnlyRight);
        edgesOnlyLeft = Collections.unmodifiableSortedSet(new TreeSet<>(edgesOnlyLeft));
        edgesOnlyRight = Collections.unmodifiableSortedSet(new TreeSet<>(edgesOnlyRight));
    }

    public static ModelContrast of(ExploredSide left, ExploredSide right) {
        List<Change> changes = new ArrayList<>();
        for (Finding.Kind kind : KINDS) {
            if (left.has(kind) && !right.has(kind) && right.result().complete()) {
                changes.add(new Change(kind, true));
            } else if (right.has(kind) && !left.has(kind) && left.result().complete()) {
                changes.add(new Change(kind, false));
            }
        }
        Set<String> lk = keys(left);
        Set<String> rk = keys(right);
        List<String> onlyLeft = right.result().complete() ? summaries(left, rk) : List.of();
        List<String> onlyRight = left.result().complete() ? summaries(right, lk) : List.of();
        SortedSet<OrderEdge> el = left.lockOrder();
        SortedSet<OrderEdge> er = right.lockOrder();
        SortedSet<OrderEdge> edgesOnlyLeft = new TreeSet<>(el);
        edgesOnlyLeft.removeAll(er);
        SortedSet<OrderEdge> edgesOnlyRight = new TreeSet<>(er);
        edgesOnlyRight.removeAll(el);
        return new ModelContrast(changes, onlyLeft, onlyRight,
                right.complete() ? edgesOnlyLeft : new TreeSet<>(),
                left.complete() ? edgesOnlyRight : new TreeSet<>(), left.complete() && right.complete());
    }

    private static Set<String> keys(ExploredSide side) {
        return side.result().findings().stream().map(f -> f.finding().key()).collect(Collectors.toSet());
    }

    private static List<String> summaries(ExploredSide side, Set<String> otherKeys) {
        return side.result().findings().stream().map(Found::finding).filter(f -> !otherKeys.contains(f.key()))
                .map(Finding::summary).toList();
    }
}
