package io.lockstep.ui.compare;

import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.event.Event;
import io.lockstep.event.LockAcquired;
import io.lockstep.event.LockOrderEdge;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the two runs differ in at one step of the shared cursor (each side at its own last step
 * when its run is shorter): the locks each thread holds now, the locks taken so far, and the
 * lock-order edges made so far. Each set lists what only that side has.
 */
public record StepDifferences(int step, SortedSet<String> heldOnlyLeft, SortedSet<String> heldOnlyRight,
        SortedSet<String> takenOnlyLeft, SortedSet<String> takenOnlyRight, SortedSet<OrderEdge> edgesOnlyLeft,
        SortedSet<OrderEdge> edgesOnlyRight) {

    public boolean none() {
        return heldOnlyLeft.isEmpty() && heldOnlyRight.isEmpty() && takenOnlyLeft.isEmpty() && takenOnlyRight.isEmpty()
                && edgesOnlyLeft.isEmpty() && edgesOnlyRight.isEmpty();
    }

    public static StepDifferences at(ComparedRuns runs, int step) {
        Seen l = Seen.of(runs.left(), step);
        Seen r = Seen.of(runs.right(), step);
        return new StepDifferences(step, minus(l.held, r.held), minus(r.held, l.held), minus(l.taken, r.taken),
                minus(r.taken, l.taken), minus(l.edges, r.edges), minus(r.edges, l.edges));
    }

    private static <T extends Comparable<T>> SortedSet<T> minus(SortedSet<T> a, SortedSet<T> b) {
        TreeSet<T> out = new TreeSet<>(a);
        out.removeAll(b);
        return Collections.unmodifiableSortedSet(out);
    }

    /** One side up to its step: who holds what now ("udev" holds device_lock[4]), what was taken, the edges. */
    private record Seen(SortedSet<String> held, SortedSet<String> taken, SortedSet<OrderEdge> edges) {
        static Seen of(SideRun side, int cursor) {
            int k = Math.min(cursor, side.size());
            Program p = side.program();
            SortedSet<String> held = new TreeSet<>();
            MachineState state = side.trace().stateAt(k);
            for (int t = 0; t < p.threadCount(); t++) {
                for (int lock : state.heldBy(t)) {
                    held.add("\"" + p.threadLabel(t) + "\" holds " + p.lockInstanceName(lock));
                }
            }
            SortedSet<String> taken = new TreeSet<>();
            SortedSet<OrderEdge> edges = new TreeSet<>();
            side.trace().forEachEvent(0, k, (Event e) -> {
                if (e instanceof LockAcquired a) {
                    taken.add(a.lock());
                } else if (e instanceof LockOrderEdge edge) {
                    edges.add(new OrderEdge(edge.from(), edge.to()));
                }
            });
            return new Seen(held, taken, edges);
        }
    }
}
