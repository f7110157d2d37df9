package io.lockstep.ui.compare;

import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.engine.StepListener;
import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.LockOrderEdge;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Every class-level lock-order edge that some interleaving of a program makes: what "this edge is
 * gone after patch 2" means. A breadth-first walk of its own over every reachable state, with events
 * on, because the explorer's result carries findings but not the edges (the graph view's branch adds
 * that union to {@code ExplorationResult}; once it is there, this walk can go).
 */
final class LockOrderUnion {
    /** The edges found, and whether every state was seen (false: a limit or a cancel stopped the walk). */
    record Result(SortedSet<OrderEdge> edges, boolean complete, long states) {
        Result {
            edges = Collections.unmodifiableSortedSet(new TreeSet<>(edges));
        }
    }

    private LockOrderUnion() {}

    static Result of(Program program, io.lockstep.explore.Limits limits, BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Engine engine = new Engine(program);
        SortedSet<OrderEdge> edges = new TreeSet<>();
        StepListener listener = new StepListener() {
            @Override
            public boolean wantsEvents() {
                return true;
            }

            @Override
            public void event(Event e) {
                if (e instanceof LockOrderEdge edge) {
                    edges.add(new OrderEdge(edge.from(), edge.to()));
                }
            }

            @Override
            public void finding(Finding f) {}
        };
        MachineState init = engine.initialState(listener);
        if (init == null) {
            return new Result(edges, true, 0);
        }
        Set<MachineState> seen = new HashSet<>();
        ArrayDeque<MachineState> queue = new ArrayDeque<>();
        seen.add(init);
        queue.add(init);
        int n = program.threadCount();
        long expanded = 0;
        while (!queue.isEmpty()) {
            if (seen.size() > limits.maxStates() || (++expanded % 1024 == 0
                    && (cancelled.getAsBoolean() || System.nanoTime() > deadline || memoryNearlyFull()))) {
                return new Result(edges, false, seen.size());
            }
            MachineState ms = queue.poll();
            for (int t = 0; t < n; t++) {
                if (!engine.isEnabled(ms, t)) {
                    continue;
                }
                MachineState next = ms.copy();
                // The step number only labels events; the edges do not depend on it.
                if (engine.step(next, t, 1, listener) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return new Result(edges, true, seen.size());
    }

    /** As the explorer judges it: this walk keeps whole states, so it stops (incomplete) before the heap runs out. */
    private static boolean memoryNearlyFull() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return used > rt.maxMemory() * 0.85 && rt.maxMemory() - used < 256L << 20;
    }
}
