package io.lockstep.ui.view;

import io.lockstep.engine.Program;
import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import io.lockstep.event.LockAcquired;
import io.lockstep.event.LockContended;
import io.lockstep.event.LockOrderEdge;
import io.lockstep.event.LockReleased;
import io.lockstep.event.StepTaken;
import io.lockstep.event.TrylockFailed;
import io.lockstep.model.LockDecl;
import io.lockstep.trace.Trace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lock-order graph of a run as it grows, from its events: lock classes as they are first taken,
 * edges with the step that first made them, and the inversions and deadlocks with the step they were
 * reported at, so the view can ask "what is there at step n". Extended as the trace grows.
 */
public final class LockGraphModel {
    /**
     * An edge {@code from → to} between lock classes, first made at {@code step} by {@code thread},
     * with how it was made.
     */
    public record Edge(String from, String to, int step, int thread, Witness witness) {
        public String key() {
            return from + "->" + to;
        }
    }

    /**
     * How an edge was made, lockdep style: thread {@code thread} took {@code lock} (for reading or
     * not) with this call stack (innermost first), while holding {@code heldLock}, which it had
     * taken at {@code heldStep} with {@code heldStack} (-1 and empty when it was taken before the
     * first step).
     */
    public record Witness(String thread, String lock, boolean takenForReading, List<String> stack, String heldLock,
            boolean heldForReading, int heldStep, List<String> heldStack) {
        public Witness {
            stack = List.copyOf(stack);
            heldStack = List.copyOf(heldStack);
        }

        /** "mem_hotplug_lock (write) → device_lock (write)": which side of each lock the edge joins. */
        public String modes(String from, String to) {
            return from + (heldForReading ? " (read)" : " (write)") + " \u2192 " + to
                    + (takenForReading ? " (read)" : " (write)");
        }
    }

    /** Where a thread took a lock instance it still holds. */
    private record Taken(int step, List<String> stack) {}

    /** A finding with the step it was reported at. */
    public record Reported<F extends Finding>(int step, F finding) {}

    private Trace trace;
    private Program program;
    private int indexed;
    private final List<String> classes = new ArrayList<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private final List<Reported<Finding.Inversion>> inversions = new ArrayList<>();
    private final List<Reported<Finding.Deadlock>> deadlocks = new ArrayList<>();
    private Map<String, Integer> classOfInstance = Map.of();
    private StepTaken current;
    /** thread → lock instance → where it took it, while it holds it. */
    private final Map<Integer, Map<String, Taken>> holding = new HashMap<>();
    private int version;

    public void sync(Trace trace) {
        if (trace != this.trace) {
            this.trace = trace;
            this.program = trace.program();
            indexed = 0;
            classes.clear();
            edges.clear();
            inversions.clear();
            deadlocks.clear();
            holding.clear();
            current = null;
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < program.lockInstanceCount(); i++) {
                m.put(program.lockInstanceName(i), program.lockClassOf(i));
            }
            classOfInstance = m;
            version++;
            trace.initialEvents().forEach(this::accept);
        }
        indexed = trace.forEachEvent(indexed, trace.size(), this::accept);
    }

    private void accept(Event e) {
        if (e instanceof StepTaken st) {
            current = st;
        } else if (e instanceof LockAcquired a) {
            seeInstance(a.lock());
            List<String> stack = current != null && current.step() == a.step() ? current.stack() : List.of();
            holding.computeIfAbsent(a.thread(), t -> new HashMap<>()).put(a.lock(),
                    new Taken(current != null && current.step() == a.step() ? a.step() : -1, stack));
        } else if (e instanceof LockReleased r) {
            Map<String, Taken> held = holding.get(r.thread());
            if (held != null) {
                held.remove(r.lock());
            }
        } else if (e instanceof LockContended c) {
            seeInstance(c.lock());
        } else if (e instanceof TrylockFailed f) {
            seeInstance(f.lock());
        } else if (e instanceof LockOrderEdge o) {
            seeClass(o.from());
            seeClass(o.to());
            if (!edges.containsKey(o.from() + "->" + o.to())) {
                edges.put(o.from() + "->" + o.to(), new Edge(o.from(), o.to(), o.step(), o.thread(), witness(o)));
            }
        } else if (e instanceof FindingReported r) {
            if (r.finding() instanceof Finding.Inversion inv) {
                inversions.add(new Reported<>(r.step(), inv));
                inv.cycle().forEach(this::seeClass);
            } else if (r.finding() instanceof Finding.Deadlock d) {
                deadlocks.add(new Reported<>(r.step(), d));
            }
        }
    }

    private Witness witness(LockOrderEdge o) {
        String heldLock = o.held().stream().filter(i -> classOf(i).equals(o.from())).findFirst().orElse(o.from());
        Taken taken = holding.getOrDefault(o.thread(), Map.of()).get(heldLock);
        List<String> stack = current != null && current.step() == o.step() ? current.stack() : List.of();
        return new Witness(program.threadLabel(o.thread()), o.lock(), o.takenForReading(), stack, heldLock,
                o.heldForReading(), taken == null ? -1 : taken.step(), taken == null ? List.of() : taken.stack());
    }

    private void seeInstance(String lock) {
        Integer cls = classOfInstance.get(lock);
        if (cls != null) {
            seeClass(program.lockClassName(cls));
        }
    }

    private void seeClass(String name) {
        if (!classes.contains(name)) {
            classes.add(name);
            // Declaration order: stable whatever order the run takes them in.
            classes.sort(Comparator.comparingInt(program::lockClassIndex));
            version++;
        }
    }

    /** Changes when the set of classes changes (the layout must be redone). */
    public int version() {
        return version;
    }

    /** The lock classes the run has used (anywhere in the trace so far), in declaration order. */
    public List<String> classes() {
        return classes;
    }

    /** Every edge of the run so far, in the order made. */
    public List<Edge> edges() {
        return List.copyOf(edges.values());
    }

    /** The edges made at or before {@code step}. */
    public List<Edge> edgesAt(int step) {
        return edges.values().stream().filter(e -> e.step() <= step).toList();
    }

    /** Inversions (plain and guarded) reported at or before {@code step}. */
    public List<Reported<Finding.Inversion>> inversionsAt(int step) {
        return inversions.stream().filter(r -> r.step() <= step).toList();
    }

    /** The last deadlock reported at or before {@code step}, or null. */
    public Reported<Finding.Deadlock> deadlockAt(int step) {
        Reported<Finding.Deadlock> last = null;
        for (Reported<Finding.Deadlock> d : deadlocks) {
            if (d.step() <= step) {
                last = d;
            }
        }
        return last;
    }

    /** Whether the kernel's lockdep skips this class ({@code novalidate}): it cannot see cycles through it. */
    public boolean novalidate(String lockClass) {
        LockDecl d = program == null ? null : program.scenario().locks().get(lockClass);
        return d != null && d.novalidate();
    }

    /** The class of a lock instance name ("device_lock[4]" → "device_lock"), or the name itself. */
    public String classOf(String lockInstance) {
        Integer cls = classOfInstance.get(lockInstance);
        return cls == null ? lockInstance : program.lockClassName(cls);
    }

    /** The edges of a cycle A→B→...→A as keys "A->B". */
    public static List<String> cycleEdges(List<String> cycle) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            out.add(cycle.get(i) + "->" + cycle.get((i + 1) % cycle.size()));
        }
        return out;
    }
}
