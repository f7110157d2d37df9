package io.lockstep.lang;

import io.lockstep.model.Expect;
import io.lockstep.model.Expr;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.Place;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Stmt;
import io.lockstep.model.ThreadSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the merged scenario as a whole: every body, thread labels, the names the verdicts use, and
 * that no proc calls itself (the engine inlines calls, so recursion would never end).
 */
final class Validator {
    private final Merged merged;
    private final DiagnosticSink sink;

    private Validator(Merged merged, DiagnosticSink sink) {
        this.merged = merged;
        this.sink = sink;
    }

    static void validate(Merged merged, DiagnosticSink sink) {
        new Validator(merged, sink).run();
    }

    private void run() {
        for (ProcDecl proc : merged.procs.values()) {
            BodyValidator.check(merged, sink, proc.params(), proc.body());
        }
        Map<String, ThreadSpec> labels = new HashMap<>();
        for (ThreadSpec thread : merged.threads) {
            BodyValidator.check(merged, sink, List.of(), thread.body());
            ThreadSpec first = labels.putIfAbsent(thread.label(), thread);
            if (first != null) {
                sink.error(thread.pos(), "thread \"" + thread.label() + "\" is declared twice (first at " + first.pos()
                        + "); give each thread its own label");
            }
        }
        for (FileDecls.ExpectDecl e : merged.expects) {
            expect(e);
        }
        new CallCycles().find();
    }

    private void expect(FileDecls.ExpectDecl decl) {
        Expect expect = decl.expect();
        for (int i = 0; i < decl.argPositions().size(); i++) {
            String lock = expect.args().get(i);
            if (!merged.locks.containsKey(lock) && !merged.broken(lock)) {
                sink.error(decl.argPositions().get(i), "unknown lock " + lock
                        + KernelNames.suggest(lock, merged.locks.keySet()));
            }
        }
        Place place = decl.racePlace();
        if (place != null) {
            racePlace(place);
        }
    }

    /** A verdict's place must exist on this machine, not only be well formed. */
    private void racePlace(Place place) {
        List<MemoryLayout.ZoneRange> ranges = merged.memory.ranges();
        switch (place.kind()) {
            case VAR -> {
                if (!merged.vars.containsKey(place.name()) && !merged.broken(place.name())) {
                    sink.error(place.pos(), "unknown var " + place.name()
                            + KernelNames.suggest(place.name(), merged.vars.keySet()));
                }
            }
            case ZONE_PRESENT, ZONE_SPANNED -> {
                if (ranges.stream().noneMatch(r -> r.zone().equals(place.name()))) {
                    sink.error(place.pos(), "unknown zone " + place.name() + ": the memory layout has no zone "
                            + place.name());
                }
            }
            case BLOCK_STATE, BLOCK_ONLINE_TYPE, BLOCK_SYSFS, BLOCK_DEV_OFFLINE, BLOCK_NID -> {
                long block = ((Expr.Num) place.block()).value();
                if (ranges.stream().noneMatch(r -> r.first() <= block && block <= r.last())) {
                    sink.error(place.pos(), "block " + block + " is not in the memory layout");
                }
            }
            default -> { }
        }
    }

    /** Depth-first search over "calls" edges, iterative so that a long chain of procs cannot overflow the stack. */
    private final class CallCycles {
        private record Edge(String callee, SourcePos pos) {}

        private final Map<String, List<Edge>> calls = new HashMap<>();
        private final Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done

        void find() {
            merged.procs.values().forEach(p -> calls.put(p.name(), callsIn(p.body(), new ArrayList<>())));
            for (String start : merged.procs.keySet()) {
                if (!state.containsKey(start)) {
                    walk(start);
                }
            }
        }

        private void walk(String start) {
            List<String> path = new ArrayList<>(List.of(start));
            List<Integer> nextEdge = new ArrayList<>(List.of(0));
            state.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                List<Edge> edges = calls.get(path.get(top));
                int i = nextEdge.get(top);
                if (i == edges.size()) {
                    state.put(path.remove(top), 2);
                    nextEdge.remove(top);
                    continue;
                }
                nextEdge.set(top, i + 1);
                Edge edge = edges.get(i);
                Integer s = state.get(edge.callee());
                if (s == null) {
                    state.put(edge.callee(), 1);
                    path.add(edge.callee());
                    nextEdge.add(0);
                } else if (s == 1) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(edge.callee()), path.size()));
                    cycle.add(edge.callee());
                    sink.error(edge.pos(), cycle.size() == 2
                            ? "proc " + edge.callee() + " calls itself; calls are inlined, so recursion is not allowed"
                            : "call cycle " + String.join(" -> ", cycle) + "; calls are inlined, so recursion is not allowed");
                }
            }
        }

        /** The calls in a body that bind to a known proc (unknown ones are reported elsewhere). */
        private List<Edge> callsIn(List<Stmt> body, List<Edge> into) {
            for (Stmt s : body) {
                if (s instanceof Stmt.Call c && merged.procs.containsKey(c.proc())) {
                    into.add(new Edge(c.proc(), c.pos()));
                } else if (s instanceof Stmt.If i) {
                    callsIn(i.then(), into);
                    callsIn(i.otherwise(), into);
                } else if (s instanceof Stmt.TryLock t) {
                    callsIn(t.otherwise(), into);
                }
            }
            return into;
        }
    }
}
