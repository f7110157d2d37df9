package io.lockstep.ui.vm;

import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import io.lockstep.trace.Trace;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The lock instances a stage shows lanes for at one step: every instance a thread holds or waits
 * for then, and every instance of a class in an inversion the run has reported by then (its
 * closing acquisition may be long released, but it is the story). Plain data, so it is tested
 * without a screen.
 */
public final class LocksThatMatter {
    private LocksThatMatter() {}

    /**
     * The classes of the locks that matter at {@code step}, or, when none is held or awaited then,
     * at the last earlier step that took a lock (the story so far), else at the first later one
     * (the story about to start). Empty only when the run takes no lock at all. The steps that
     * took a lock are found from the recorded events, so only one state is rebuilt.
     */
    public static Set<String> nearestClasses(Trace trace, int step) {
        return nearestClasses(trace, step, at(trace, step));
    }

    /** The same, given {@code now}, the locks that matter at {@code step} (a caller that has them). */
    public static Set<String> nearestClasses(Trace trace, int step, BitSet now) {
        if (!now.isEmpty()) {
            return classesOf(trace.program(), now);
        }
        for (int s = Math.min(step, trace.size()); s >= 1; s--) {
            if (takesLock(trace, s)) {
                return classesOf(trace.program(), at(trace, s));
            }
        }
        for (int s = step + 1; s <= trace.size(); s++) {
            if (takesLock(trace, s)) {
                return classesOf(trace.program(), at(trace, s));
            }
        }
        return Set.of();
    }

    private static boolean takesLock(Trace trace, int step) {
        return trace.step(step).events().stream()
                .anyMatch(e -> e instanceof io.lockstep.event.LockAcquired || e instanceof io.lockstep.event.LockContended);
    }

    public static Set<String> classesOf(Program program, BitSet instances) {
        Set<String> out = new java.util.TreeSet<>();
        instances.stream().forEach(i -> out.add(program.lockClassName(program.lockClassOf(i))));
        return out;
    }

    public static BitSet at(Trace trace, int step) {
        Program program = trace.program();
        MachineState state = trace.stateAt(Math.max(0, Math.min(step, trace.size())));
        BitSet out = new BitSet(program.lockInstanceCount());
        for (int t = 0; t < program.threadCount(); t++) {
            if (state.isDone(t)) {
                continue;
            }
            state.heldBy(t).forEach(out::set);
            if (state.waitingFor(t) >= 0) {
                out.set(state.waitingFor(t));
            }
        }
        Set<String> classes = new HashSet<>();
        for (FindingReported f : trace.findings()) {
            if (f.step() <= step && f.finding() instanceof Finding.Inversion inv) {
                classes.addAll(inv.cycle());
                if (inv.gate() != null) {
                    classes.add(inv.gate());
                }
            }
        }
        if (!classes.isEmpty()) {
            for (int i = 0; i < program.lockInstanceCount(); i++) {
                if (classes.contains(program.lockClassName(program.lockClassOf(i)))) {
                    out.set(i);
                }
            }
        }
        return out;
    }
}
