package io.lockstep.lockdep;

import io.lockstep.lockdep.ClassMapper.Mapping;
import io.lockstep.lockdep.LockdepReport.Dependency;
import io.lockstep.lockdep.LockdepReport.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each thread of an imported scenario does: per dependency of the report, the two scenario
 * locks, each with the kind the scenario declares and the mode it is taken in. Lockdep prints a
 * class, not a mode, so the mode comes from the stack (the acquisition's primitive or wrapper), the
 * lock lines' "at:", the held-locks list and the unsafe-scenario table's {@code rlock(...)}. A mode
 * nothing shows is taken as a write: the exclusive reading of the report, said so in the note.
 */
record ChainPlan(LockdepReport report, List<Mapping> mappings, Map<String, String> kinds, List<Link> links) {

    /**
     * One dependency: {@code outer} held in {@code outerMode}, then {@code inner} taken in {@code
     * innerMode}; {@code outerInferred} when the outer mode comes from the paths the stack runs through
     * ({@link AcquireMode#heldAlong}), not from a lock line.
     */
    record Link(Dependency dependency, String outer, AcquireMode outerMode, boolean outerInferred, String inner,
            AcquireMode innerMode) {}

    static ChainPlan of(LockdepReport report) {
        List<Dependency> deps = report.dependencies();
        Set<String> ordered = new LinkedHashSet<>();
        for (Dependency d : deps) {
            ordered.add(d.outer());
            ordered.add(d.inner());
        }
        List<Mapping> mappings = ClassMapper.map(new ArrayList<>(ordered));
        Map<String, String> lockOf = mappings.stream().collect(Collectors.toMap(Mapping::lockdepClass, Mapping::lock));
        Map<String, String> modelOf = mappings.stream().filter(Mapping::mapped)
                .collect(Collectors.toMap(Mapping::lockdepClass, m -> ClassMapper.modelLock(m.lockdepClass())));
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            String outerModel = modelOf.get(d.outer());
            String innerModel = modelOf.get(d.inner());
            // The dependency the report's header is about: its lock lines and its table are this one's.
            // (LockdepReport#dependencies: link #0 comes last; a report cut short puts its acquisition first.)
            boolean reported = report.kind() == Kind.RECURSIVE || (report.links().size() >= 2 ? i == deps.size() - 1 : i == 0);
            AcquireMode inner = AcquireMode.ofStack(d.frames(), innerModel);
            AcquireMode outer = AcquireMode.ofAt(d.outerAt(), outerModel);
            if (reported) {
                inner = or(inner, AcquireMode.ofAt(report.acquiringAt(), innerModel), tableRead(report, true));
                outer = or(outer, heldMode(report, d.outer(), outerModel), tableRead(report, false));
            }
            boolean inferred = false;
            if (outer == AcquireMode.UNKNOWN) {
                outer = AcquireMode.heldAlong(d.frames(), outerModel);
                inferred = outer != AcquireMode.UNKNOWN;
            }
            links.add(new Link(d, lockOf.get(d.outer()), outer, inferred, lockOf.get(d.inner()), inner));
        }
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        for (Mapping m : mappings) {
            String model = ClassMapper.kindOf(ClassMapper.modelLock(m.lockdepClass()));
            boolean read = links.stream().anyMatch(l -> l.outer().equals(m.lock()) && l.outerMode() == AcquireMode.READ
                    || l.inner().equals(m.lock()) && l.innerMode() == AcquireMode.READ);
            kinds.put(m.lock(), model != null ? model : read ? "rwsem" : "mutex");
        }
        return new ChainPlan(report, mappings, Map.copyOf(kinds), List.copyOf(links));
    }

    /** The first mode that is known. */
    private static AcquireMode or(AcquireMode... modes) {
        for (AcquireMode m : modes) {
            if (m != AcquireMode.UNKNOWN) {
                return m;
            }
        }
        return AcquireMode.UNKNOWN;
    }

    /** The mode the held-locks list shows for {@code lockdepClass} (its last entry's "at:"). */
    private static AcquireMode heldMode(LockdepReport report, String lockdepClass, String model) {
        AcquireMode m = AcquireMode.UNKNOWN;
        for (LockdepReport.HeldLock h : report.held()) {
            if (h.lockClass().equals(lockdepClass)) {
                m = AcquireMode.ofAt(h.at(), model);
            }
        }
        return m;
    }

    /**
     * READ when the table writes the acquisition ({@code acquiring}: CPU0's second row) or the held
     * lock (CPU0's first row) as {@code rlock(...)}; UNKNOWN otherwise.
     */
    private static AcquireMode tableRead(LockdepReport report, boolean acquiring) {
        List<Boolean> read = report.tableRead();
        int row = acquiring ? read.size() - 1 : 0;
        return !read.isEmpty() && read.get(row) ? AcquireMode.READ : AcquireMode.UNKNOWN;
    }

    String kind(String lock) {
        return kinds.get(lock);
    }

    boolean rw(String lock) {
        String k = kinds.get(lock);
        return "rwsem".equals(k) || "percpu_rwsem".equals(k);
    }

    /** The rwsems some thread takes for reading: what a waiting writer can block (writer preference). */
    List<String> readHeldRwsems() {
        Set<String> out = new LinkedHashSet<>();
        for (Link l : links) {
            if (l.outerMode() == AcquireMode.READ && rw(l.outer())) {
                out.add(l.outer());
            }
            if (l.innerMode() == AcquireMode.READ && rw(l.inner())) {
                out.add(l.inner());
            }
        }
        return List.copyOf(out);
    }
}
