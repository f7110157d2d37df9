package io.lockstep.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How big a body becomes once every call in it is inlined, computed without inlining it: the
 * language checks these figures against its limits before the engine builds anything, because a
 * few lines of procs that each call the next twice inline to billions of statements.
 *
 * <p>Each proc is measured once (memoised), callees before callers, in an explicit post-order walk
 * so that a chain of thousands of procs needs no Java stack. Figures saturate at {@link #HUGE}
 * instead of overflowing. Calls to unknown procs and calls that close a cycle count as plain
 * statements: both are reported as errors elsewhere, and the figures only have to stay finite.
 */
public final class InlinedSize {
    /** A figure this large means "too large"; sums stop here instead of overflowing a long. */
    public static final long HUGE = Long.MAX_VALUE / 4;

    /**
     * {@code statements}: statements executed once inlined, each call counting as one too (it costs
     * the inliner work even when the callee is empty). {@code slots}: local slots the engine allocates
     * (every inlined call gets fresh slots for its parameters and locals). {@code depth}: how deep
     * calls and if blocks nest along the deepest inlined path.
     */
    public record Size(long statements, long slots, long depth) {}

    private final Map<String, ProcDecl> procs;
    private final Map<String, Size> measured = new HashMap<>();

    public InlinedSize(Map<String, ProcDecl> procs) {
        this.procs = procs;
    }

    /** The size of a thread's body (which has no parameters). */
    public Size ofThread(List<Stmt> body) {
        measureCalleesOf(body);
        return measure(List.of(), body);
    }

    /** The size of a proc's body once inlined, including its parameters' slots. */
    public Size ofProc(String name) {
        ProcDecl p = procs.get(name);
        if (p == null) {
            return new Size(0, 0, 0);
        }
        measureCalleesOf(List.of(new Stmt.Call(name, List.of(), p.pos())));
        return measured.get(name);
    }

    /** Measures, callees first, every proc reachable from {@code body} that is not measured yet. */
    private void measureCalleesOf(List<Stmt> body) {
        Set<String> onPath = new HashSet<>();
        Deque<String> path = new ArrayDeque<>();
        Deque<List<String>> pending = new ArrayDeque<>();
        path.push("");
        pending.push(new ArrayList<>(calleesOf(body)));
        while (!path.isEmpty()) {
            List<String> todo = pending.peek();
            if (todo.isEmpty()) {
                String done = path.pop();
                pending.pop();
                onPath.remove(done);
                if (!done.isEmpty()) {
                    ProcDecl p = procs.get(done);
                    measured.put(done, measure(p.params(), p.body()));
                }
                continue;
            }
            String next = todo.remove(todo.size() - 1);
            if (measured.containsKey(next) || onPath.contains(next) || !procs.containsKey(next)) {
                continue;
            }
            onPath.add(next);
            path.push(next);
            pending.push(new ArrayList<>(calleesOf(procs.get(next).body())));
        }
    }

    private static Set<String> calleesOf(List<Stmt> body) {
        Set<String> into = new HashSet<>();
        collectCallees(body, into);
        return into;
    }

    private static void collectCallees(List<Stmt> body, Set<String> into) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Call c) {
                into.add(c.proc());
            } else if (s instanceof Stmt.If i) {
                collectCallees(i.then(), into);
                collectCallees(i.otherwise(), into);
            } else if (s instanceof Stmt.TryLock t) {
                collectCallees(t.otherwise(), into);
            }
        }
    }

    /** One body whose callees are all measured (or unmeasurable); if blocks nest at most a hundred deep. */
    private Size measure(List<String> params, List<Stmt> body) {
        Set<String> names = new HashSet<>(params);
        long[] acc = new long[3]; // statements, slots of callees, depth
        walk(body, names, 0, acc);
        return new Size(acc[0], add(names.size(), acc[1]), acc[2]);
    }

    private void walk(List<Stmt> body, Set<String> names, long nesting, long[] acc) {
        acc[2] = Math.max(acc[2], nesting);
        for (Stmt s : body) {
            acc[0] = add(acc[0], 1);
            if (s instanceof Stmt.Let l) {
                names.add(l.local());
            } else if (s instanceof Stmt.Read r) {
                names.add(r.local());
            } else if (s instanceof Stmt.If i) {
                walk(i.then(), names, nesting + 1, acc);
                walk(i.otherwise(), names, nesting + 1, acc);
            } else if (s instanceof Stmt.TryLock t) {
                walk(t.otherwise(), names, nesting + 1, acc); // an else block, plus the jump over it
                acc[0] = add(acc[0], 1);
            } else if (s instanceof Stmt.Call c) {
                if (c.result() != null) {
                    names.add(c.result());
                    acc[0] = add(acc[0], 1); // the result's initial 0
                }
                Size callee = measured.get(c.proc());
                if (callee != null) {
                    acc[0] = add(acc[0], callee.statements());
                    acc[1] = add(acc[1], callee.slots());
                    acc[2] = Math.max(acc[2], add(nesting + 1, callee.depth()));
                }
            }
        }
    }

    private static long add(long a, long b) {
        return Math.min(HUGE, a + b);
    }
}
