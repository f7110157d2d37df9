package io.lockstep.engine;

import io.lockstep.event.Finding;
import io.lockstep.event.LockOrderEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * The lockdep-style lock-order graph of one run, kept inside the state (so the explorer tells apart
 * two states that made different edges, which keeps inversion verdicts exact).
 *
 * <p>Each edge A→B carries a gate mask: the lock instances (of the first 64) held exclusively at
 * every acquisition that made the edge. A cycle whose edges share a gate outside the cycle cannot
 * deadlock: it is a guarded inversion. Masks only shrink, so an edge made again with fewer locks in
 * common re-checks its cycles, and a guarded cycle can turn into a real inversion.
 */
final class LockOrderGraph {
    private static final int MAX_CYCLES_PER_EDGE = 256;

    private final Program p;
    private final StateLayout l;
    /** Scratch space, so the explorer's hot loop allocates nothing here (one graph per engine, one thread). */
    private final boolean[] seen;
    private final int[] heldClasses;
    private final boolean[] heldExclusively;
    private final Edges scratch;

    LockOrderGraph(Program p) {
        this.p = p;
        this.l = p.layout;
        this.seen = new boolean[p.classes.length];
        this.heldClasses = new int[p.classes.length];
        this.heldExclusively = new boolean[p.classes.length];
        int pairs = p.classes.length * p.classes.length;
        this.scratch = new Edges(new boolean[pairs], new long[pairs]);
    }

    /**
     * Thread {@code t} attempts {@code inst} ({@code shared}: for reading): add an edge from every
     * class it holds.
     */
    void onAttempt(MachineState ms, int t, int inst, boolean shared, int step, StepListener out) {
        int[] s = ms.s;
        int to = p.instanceClass[inst];
        long gateMask = 0;
        int heldClassCount = 0;
        java.util.Arrays.fill(seen, false);
        java.util.Arrays.fill(heldExclusively, false);
        int readerBit = 1 << (StateLayout.WRITER_BITS + t);
        for (int i = 0; i < p.instanceNames.length; i++) {
            int word = s[l.lock(i)];
            boolean exclusive = (word & StateLayout.WRITER_MASK) == t + 1;
            if (exclusive || (word & readerBit) != 0) {
                if (exclusive && i < 64) {
                    gateMask |= 1L << i;
                }
                int cls = p.instanceClass[i];
                heldExclusively[cls] |= exclusive;
                if (!seen[cls]) {
                    seen[cls] = true;
                    heldClasses[heldClassCount++] = cls;
                }
            }
        }
        for (int k = 0; k < heldClassCount; k++) {
            int from = heldClasses[k];
            int change = update(ms, from * p.classes.length + to, gateMask);
            if (change == 0) {
                continue;
            }
            out.lockOrderEdge(from, to);
            if (out.wantsEvents()) {
                out.event(new LockOrderEdge(step, t, p.classes[from].name(), p.classes[to].name(),
                        p.instanceNames[inst], ms.heldBy(t).stream().map(i -> p.instanceNames[i]).toList(), change == 1,
                        !heldExclusively[from], shared));
            }
            reportCycles(ms.s, from, to, out);
        }
    }

    /** Adds or narrows an edge; returns 0 when nothing changed, 1 when added, 2 when its mask shrank. */
    private int update(MachineState ms, int pair, long mask) {
        int[] s = ms.s;
        int count = s[l.edgeCount()];
        int base = l.edgeCount() + 1;
        int i = 0;
        while (i < count && s[base + 3 * i] < pair) {
            i++;
        }
        if (i < count && s[base + 3 * i] == pair) {
            long old = mask(s, base + 3 * i);
            long narrowed = old & mask;
            if (narrowed == old) {
                return 0;
            }
            setMask(s, base + 3 * i, narrowed);
            return 2;
        }
        int[] grown = new int[s.length + 3];
        int at = base + 3 * i;
        System.arraycopy(s, 0, grown, 0, at);
        System.arraycopy(s, at, grown, at + 3, s.length - at);
        grown[at] = pair;
        setMask(grown, at, mask);
        grown[l.edgeCount()] = count + 1;
        ms.s = grown;
        return 1;
    }

    private static long mask(int[] s, int at) {
        return ((long) s[at + 2] << 32) | (s[at + 1] & 0xffffffffL);
    }

    private static void setMask(int[] s, int at, long mask) {
        s[at + 1] = (int) mask;
        s[at + 2] = (int) (mask >>> 32);
    }

    /** Edge masks of the state indexed by pair, or 0 for no edge... with presence kept separately. */
    private record Edges(boolean[] present, long[] masks) {}

    /**
     * The state's edges, in this graph's scratch arrays (cycle checks run on every new edge, so they
     * must not allocate two class-by-class arrays each time); {@link #forget} clears them after.
     */
    private Edges edges(int[] s) {
        int count = s[l.edgeCount()];
        for (int i = 0; i < count; i++) {
            int at = l.edgeCount() + 1 + 3 * i;
            scratch.present[s[at]] = true;
            scratch.masks[s[at]] = mask(s, at);
        }
        return scratch;
    }

    private void forget(int[] s) {
        int count = s[l.edgeCount()];
        for (int i = 0; i < count; i++) {
            int pair = s[l.edgeCount() + 1 + 3 * i];
            scratch.present[pair] = false;
            scratch.masks[pair] = 0;
        }
    }

    /** Reports every simple cycle through the edge {@code from → to}. */
    private void reportCycles(int[] s, int from, int to, StepListener out) {
        Edges g = edges(s);
        try {
            reportCycles(g, from, to, out);
        } finally {
            forget(s);
        }
    }

    private void reportCycles(Edges g, int from, int to, StepListener out) {
        List<Integer> path = new ArrayList<>();
        path.add(from);
        if (from == to) {
            report(List.of(from), g, out);
            return;
        }
        int[] budget = {MAX_CYCLES_PER_EDGE};
        boolean[] onPath = new boolean[p.classes.length];
        onPath[from] = true;
        walk(to, from, g, path, onPath, budget, out);
    }

    private void walk(int at, int target, Edges g, List<Integer> path, boolean[] onPath, int[] budget, StepListener out) {
        if (budget[0] <= 0) {
            return;
        }
        int n = p.classes.length;
        path.add(at);
        onPath[at] = true;
        for (int next = 0; next < n; next++) {
            if (!g.present[at * n + next]) {
                continue;
            }
            if (next == target) {
                budget[0]--;
                report(path, g, out);
            } else if (!onPath[next]) {
                walk(next, target, g, path, onPath, budget, out);
            }
        }
        path.remove(path.size() - 1);
        onPath[at] = false;
    }

    private void report(List<Integer> cycle, Edges g, StepListener out) {
        int n = p.classes.length;
        long common = -1L;
        for (int i = 0; i < cycle.size(); i++) {
            int a = cycle.get(i);
            int b = cycle.get((i + 1) % cycle.size());
            common &= g.masks[a * n + b];
        }
        for (int inst = 0; inst < Math.min(64, p.instanceNames.length); inst++) {
            if (cycle.contains(p.instanceClass[inst])) {
                common &= ~(1L << inst);
            }
        }
        String gate = common == 0 ? null : p.instanceNames[Long.numberOfTrailingZeros(common)];
        int start = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i) < cycle.get(start)) {
                start = i;
            }
        }
        List<String> names = new ArrayList<>();
        List<String> novalidate = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            int c = cycle.get((start + i) % cycle.size());
            names.add(p.classes[c].name());
            if (p.classes[c].novalidate()) {
                novalidate.add(p.classes[c].name());
            }
        }
        out.finding(new Finding.Inversion(names, gate, novalidate, List.of()));
    }
}
