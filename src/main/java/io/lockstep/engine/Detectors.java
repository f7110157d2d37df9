package io.lockstep.engine;

import io.lockstep.event.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that look at one state rather than one step: deadlock (a cycle in the wait-for graph,
 * or every unfinished thread blocked), pending conflicting accesses (the explorer's race check), and
 * the present-pages accounting once every thread has finished.
 */
public final class Detectors {
    private final Program p;
    private final Engine engine;
    private final Locks locks;

    /** Scratch for {@link #conflicts}: a Detectors serves one exploring thread. */
    private final int[] scratchOffsets;
    private final int[] scratchWrites;

    public Detectors(Engine engine) {
        this.scratchOffsets = new int[engine.program().threadCount()];
        this.scratchWrites = new int[engine.program().threadCount()];
        this.engine = engine;
        this.p = engine.program();
        this.locks = new Locks(p);
    }

    /** The threads a blocked thread waits for, as a bit set (0 when it is not blocked). */
    int blockers(MachineState ms, int t) {
        int inst = ms.waitingFor(t);
        if (inst < 0 || engine.isEnabled(ms, t)) {
            return 0;
        }
        int[] s = ms.s;
        boolean shared = p.code[t][ms.pc(t)].shared;
        int mask = 0;
        int w = locks.writer(s, inst);
        if (w >= 0) {
            mask |= 1 << w;
        }
        if (!shared) {
            mask |= locks.readers(s, inst);
        } else {
            mask |= locks.readers(s, inst) & (1 << t); // a second read hold waits for the first
            // writer preference: a reader waits for every writer already waiting
            for (int u = 0; u < p.threadCount(); u++) {
                if (locks.isWaitingWriter(s, u, inst)) {
                    mask |= 1 << u;
                }
            }
        }
        return mask;
    }

    /**
     * A cheap fingerprint of the deadlock in this state (0 when there is none), computed without
     * allocating: the explorer builds the finding only for a fingerprint it has not seen.
     */
    public long deadlockSignature(MachineState ms) {
        if (!anyWaiting(ms)) {
            return 0;
        }
        int n = p.threadCount();
        int blocked = 0;
        for (int t = 0; t < n; t++) {
            if (ms.waitingFor(t) >= 0 && !engine.isEnabled(ms, t)) {
                blocked |= 1 << t;
            }
        }
        if (blocked == 0) {
            return 0;
        }
        // Peel off blocked threads whose blockers are all outside the remaining set; what stays is on a cycle.
        int remaining = blocked;
        boolean peeled = true;
        while (peeled) {
            peeled = false;
            for (int t = 0; t < n; t++) {
                if ((remaining & (1 << t)) != 0 && (blockers(ms, t) & remaining) == 0) {
                    remaining &= ~(1 << t);
                    peeled = true;
                }
            }
        }
        int involved = remaining;
        if (involved == 0) {
            if (engine.enabledMask(ms) != 0 || engine.allDone(ms)) {
                return 0;
            }
            involved = blocked | (1 << 31); // every unfinished thread blocked, no cycle
        }
        long sig = involved;
        for (int t = 0; t < n; t++) {
            if ((involved & (1 << t)) != 0) {
                // Who each thread waits for, too: the same threads waiting for the same locks can be
                // deadlocked in different cycles (a self-wait, or a wait through writer preference), and
                // each is a finding of its own.
                sig = (sig * 0x9E3779B97F4A7C15L + ms.waitingFor(t) + 1) * 0x9E3779B97F4A7C15L + blockers(ms, t);
            }
        }
        return sig == 0 ? 1 : sig;
    }

    /** The deadlock in this state, or null. */
    public Finding.Deadlock deadlock(MachineState ms) {
        int n = p.threadCount();
        if (!anyWaiting(ms)) {
            return null; // the common case: nobody waits, nothing to build
        }
        int[] waitsFor = new int[n];
        boolean anyBlocked = false;
        for (int t = 0; t < n; t++) {
            waitsFor[t] = blockers(ms, t);
            anyBlocked |= waitsFor[t] != 0 || (ms.waitingFor(t) >= 0 && !engine.isEnabled(ms, t));
        }
        if (!anyBlocked) {
            return null;
        }
        List<Integer> cycle = findCycle(waitsFor);
        if (cycle != null) {
            List<Finding.Wait> waits = new ArrayList<>();
            for (int i = 0; i < cycle.size(); i++) {
                int t = cycle.get(i);
                int next = cycle.get((i + 1) % cycle.size());
                waits.add(new Finding.Wait(p.threadLabel(t), p.instanceNames[ms.waitingFor(t)], p.threadLabel(next)));
            }
            return new Finding.Deadlock(waits, false);
        }
        if (engine.enabledMask(ms) != 0 || engine.allDone(ms)) {
            return null;
        }
        List<Finding.Wait> waits = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            if (ms.waitingFor(t) >= 0) {
                int holder = Integer.numberOfTrailingZeros(waitsFor[t]);
                waits.add(new Finding.Wait(p.threadLabel(t), p.instanceNames[ms.waitingFor(t)],
                        waitsFor[t] == 0 ? null : p.threadLabel(holder)));
            }
        }
        return new Finding.Deadlock(waits, true);
    }

    private boolean anyWaiting(MachineState ms) {
        for (int t = 0; t < p.threadCount(); t++) {
            if (ms.status(t) == StateLayout.WAITING) {
                return true;
            }
        }
        return false;
    }

    /** A cycle in the wait-for graph, rotated to start at its lowest thread, or null. */
    private static List<Integer> findCycle(int[] waitsFor) {
        int n = waitsFor.length;
        int[] color = new int[n]; // 0 unvisited, 1 on the current path, 2 finished
        List<Integer> path = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            List<Integer> cycle = color[start] == 0 ? dfs(start, waitsFor, color, path) : null;
            if (cycle != null) {
                int min = cycle.indexOf(cycle.stream().min(Integer::compare).orElseThrow());
                java.util.Collections.rotate(cycle, -min);
                return cycle;
            }
        }
        return null;
    }

    private static List<Integer> dfs(int t, int[] waitsFor, int[] color, List<Integer> path) {
        color[t] = 1;
        path.add(t);
        for (int u = 0; u < waitsFor.length; u++) {
            if ((waitsFor[t] & (1 << u)) == 0) {
                continue;
            }
            if (color[u] == 1) {
                return new ArrayList<>(path.subList(path.indexOf(u), path.size()));
            }
            if (color[u] == 0) {
                List<Integer> found = dfs(u, waitsFor, color, path);
                if (found != null) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        color[t] = 2;
        return null;
    }

    /** Two threads whose next steps touch the same place, at least one writing. */
    public record Conflict(int first, int second, String place, boolean firstWrites, boolean secondWrites) {}

    /**
     * Conflicting accesses both enabled in this state. Two accesses unordered by happens-before can
     * always be brought next to each other, so every race shows up as such a pair in some reachable
     * state: this is what lets the explorer find races without vector clocks in its states.
     */
    public List<Conflict> conflicts(MachineState ms) {
        List<Conflict> out = null;
        int n = p.threadCount();
        int[] offsets = scratchOffsets;
        int[] writes = scratchWrites;
        for (int t = 0; t < n; t++) {
            offsets[t] = -1;
            writes[t] = 0;
            if (ms.status(t) != StateLayout.RUNNING) {
                continue;
            }
            Instr in = p.code[t][ms.pc(t)];
            try {
                switch (in.op) {
                    case READ -> offsets[t] = in.place.offset(p, ms.s, p.layout.locals(t));
                    case WRITE -> {
                        offsets[t] = in.place.offset(p, ms.s, p.layout.locals(t));
                        writes[t] = 1;
                    }
                    case SET_BLOCK -> {
                        offsets[t] = p.layout.blockState(p.checkBlock(in.index.eval(ms.s, p.layout.locals(t))));
                        writes[t] = 1;
                    }
                    default -> { }
                }
            } catch (ScenarioFault f) {
                offsets[t] = -1; // the step itself will report it
            }
            if (offsets[t] < 0) {
                continue;
            }
            for (int u = 0; u < t; u++) {
                if (offsets[u] == offsets[t] && (writes[u] | writes[t]) != 0) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(new Conflict(u, t, p.placeName(offsets[t]), writes[u] != 0, writes[t] != 0));
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** Once every thread has finished: zones whose present_pages lost an update. */
    public List<Finding.Violation> finalViolations(MachineState ms) {
        if (!engine.allDone(ms)) {
            return List.of();
        }
        List<Finding.Violation> out = new ArrayList<>();
        for (int z = 0; z < p.zoneNames.length; z++) {
            long expected = ms.onlinePagesOf(z);
            int present = ms.zonePresentPages(z);
            if (present != expected) {
                out.add(Finding.Violation.lostUpdate(p.placeName(p.layout.zonePresent(z)), present, expected));
            }
        }
        return out;
    }
}
