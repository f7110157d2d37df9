package io.lockstep.ui.view;

import io.lockstep.engine.Program;
import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import io.lockstep.event.LockAcquired;
import io.lockstep.event.LockContended;
import io.lockstep.event.LockOrderEdge;
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
    /** An edge {@code from → to} between lock classes, first made at {@code step} by {@code thread}. */
    public record Edge(String from, String to, int step, int thread) {
        public String key() {
            return from + "->" + to;
        }
    }

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
        if (e instanceof LockAcquired a) {
            seeInstance(a.lock());
        } else if (e instanceof LockContended c) {
            seeInstance(c.lock());
        } else if (e instanceof TrylockFailed f) {
            seeInstance(f.lock());
        } else if (e instanceof LockOrderEdge o) {
            seeClass(o.from());
            seeClass(o.to());
            edges.putIfAbsent(o.from() + "->" + o.to(), new Edge(o.from(), o.to(), o.step(), o.thread()));
        } else if (e instanceof FindingReported r) {
            if (r.finding() instanceof Finding.Inversion inv) {
                inversions.add(new Reported<>(r.step(), inv));
                inv.cycle().forEach(this::seeClass);
            } else if (r.finding() instanceof Finding.Deadlock d) {
                deadlocks.add(new Reported<>(r.step(), d));
            }
        }
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
            // Declaration order: stable, and it tends to follow the intended lock order around the circle.
            classes.sort(Comparator.comparingInt(program::lockClassIndex));
            version++;
        }
    }

    /**
     * The order of the classes around the ellipse: declaration order, except that the classes of the
     * run's first inversion (known up front when a whole recorded run is shown) are spread evenly,
     * so its cycle crosses the middle of the drawing instead of bunching between two neighbours.
     */
    public List<String> layoutOrder() {
        List<String> cycle = inversions.stream().filter(r -> r.finding().gate() == null).findFirst()
                .or(() -> inversions.stream().findFirst()).map(r -> r.finding().cycle()).orElse(List.of());
        int n = classes.size();
        if (cycle.size() < 2 || !classes.containsAll(cycle)) {
            return List.copyOf(classes);
        }
        String[] slots = new String[n];
        for (int j = 0; j < cycle.size(); j++) {
            slots[(int) Math.round((double) j * n / cycle.size()) % n] = cycle.get(j);
        }
        java.util.Iterator<String> rest = classes.stream().filter(c -> !cycle.contains(c)).iterator();
        for (int i = 0; i < n; i++) {
            if (slots[i] == null && rest.hasNext()) {
                slots[i] = rest.next();
            }
        }
        return java.util.Arrays.asList(slots);
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
