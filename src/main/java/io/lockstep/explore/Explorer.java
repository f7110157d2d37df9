package io.lockstep.explore;

import io.lockstep.engine.Detectors;
import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.engine.StepListener;
import io.lockstep.event.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exhaustive breadth-first exploration of every interleaving, with each state stored once. Breadth
 * first means the first time a finding shows up, its schedule is a shortest one. The verdicts are
 * exact: states include everything the detectors depend on (the lock-order graph with its gate
 * masks); races are found as two conflicting accesses both enabled in one state, which is where any
 * two accesses unordered by happens-before can be brought.
 *
 * <p>The loop, in order, for each state: check deadlock, pending races and (when every thread has
 * finished) the present-pages accounting; then take each enabled thread's step, collecting what the
 * step itself reports (inversions, violations, runtime errors), and queue the states not seen yet.
 * A runtime error ends that execution: its successor is not explored.
 */
public final class Explorer {
    private static final int CHECK_EVERY = 4096;
    /**
     * The clock is also read once this many state words have been expanded since the last look, so
     * that a wide state (thousands of words, many threads) cannot run far past the time limit.
     */
    private static final long WORK_BETWEEN_CHECKS = 1L << 22;
    /** The most states one exploration stores, whatever --max-states says: the store's table holds 2^30 slots. */
    public static final long MAX_STATES = 1L << 29;
    /** The widest state the store holds (lock-order edges make a state grow as it runs). */
    public static final int MAX_STATE_WORDS = StateStore.MAX_WORDS;

    private final Program program;
    private final Engine engine;
    private final Detectors detectors;
    /** Findings already recorded, checked before building their (string) keys in the hot loop. */
    private final java.util.Set<Long> seenDeadlocks = new java.util.HashSet<>();
    private final java.util.Set<String> seenRaces = new java.util.HashSet<>();

    public Explorer(Program program) {
        this.program = program;
        this.engine = new Engine(program);
        this.detectors = new Detectors(engine);
    }

    // --- hooks for Reduction and ShortestSchedules (kept apart, to port into another loop) ---
    /** Whether to run the partial-order {@link Reduction}: same findings, fewer states, schedules not always shortest. */
    private boolean reduce;
    /** For {@link ShortestSchedules}: stop once every one of these keys is found, or past {@code depthBound}. */
    private java.util.Set<String> goal;
    private int depthBound = Integer.MAX_VALUE;

    /** This explorer with the partial-order reduction on (use {@link ReducedSearch} for shortest schedules too). */
    public Explorer withReduction() {
        this.reduce = true;
        return this;
    }

    /** This explorer stopping once it has found every key of {@code keys}, or before any state deeper than {@code maxDepth}. */
    Explorer until(java.util.Set<String> keys, int maxDepth) {
        this.goal = keys;
        this.depthBound = maxDepth;
        return this;
    }
    // --- end of hooks ---

    public ExplorationResult explore(Limits limits, Progress progress) {
        return explore(limits, progress, System.nanoTime());
    }

    /**
     * The same, with the time limit counted from {@code sinceNanos} ({@link System#nanoTime}) rather
     * than from now: a caller whose loading and compiling already used part of the time says so.
     */
    public ExplorationResult explore(Limits limits, Progress progress, long sinceNanos) {
        long started = System.nanoTime();
        seenDeadlocks.clear();
        seenRaces.clear();
        long deadline = sinceNanos + Math.min(limits.timeout().toNanos(), Long.MAX_VALUE / 4);
        long maxStates = Math.min(limits.maxStates(), MAX_STATES);
        Map<String, Found> found = new LinkedHashMap<>();
        Collector collector = new Collector(program);
        MachineState init = engine.initialState(collector);
        // What the threads' leading statements find (a broken rule before any step) needs no step.
        collector.drainInto(found, List.of());
        if (init == null) {
            return new ExplorationResult(0, 0, 0, System.nanoTime() - started, 0, true, null, new ArrayList<>(found.values()),
                    collector.lockOrder());
        }
        if (init.words().length > MAX_STATE_WORDS) {
            return new ExplorationResult(0, 0, 0, System.nanoTime() - started, 0, false, tooWide(init.words().length),
                    List.of());
        }
        StateStore store = new StateStore();
        int[] parent = new int[1 << 16];
        byte[] via = new byte[1 << 16];
        int[] depth = new int[1 << 16];
        store.intern(init.words());
        parent[0] = -1;
        long transitions = 0;
        int maxDepth = 0;
        String stopReason = null;
        Runtime rt = Runtime.getRuntime();
        long work = 0;
        Reduction reduction = reduce ? new Reduction(engine) : null; // hook
        explore:
        for (int id = 0; id < store.size(); id++) {
            if (id >= maxStates) {
                stopReason = "the state limit (" + maxStates + " states) was reached";
                break;
            }
            if (id % CHECK_EVERY == 0 || work >= WORK_BETWEEN_CHECKS) {
                work = 0;
                progress.update(store.size(), transitions, store.size() - id, depth[id]);
                stopReason = stopReason(limits, progress, deadline, rt);
                if (stopReason != null) {
                    break;
                }
            }
            if (goal != null && (depth[id] > depthBound || found.keySet().containsAll(goal))) {
                break; // hook: a targeted search has what it looked for
            }
            MachineState ms = MachineState.adopt(program, store.get(id));
            work += (long) ms.wordsView().length * (program.threadCount() + 1);
            maxDepth = Math.max(maxDepth, depth[id]);
            checkState(ms, id, parent, via, found);
            int n = program.threadCount();
            int expand = -1; // hook: the threads to expand, all unless the reduction picks fewer
            if (reduction != null) {
                expand = reduction.expand(ms, engine.enabledMask(ms));
                for (Finding.Deadlock dl : reduction.hiddenDeadlocks(ms)) {
                    found.putIfAbsent(dl.key(), new Found(dl, schedule(parent, via, id)));
                }
            }
            for (int t = 0; t < n; t++) {
                if ((expand & (1 << t)) == 0 || !engine.isEnabled(ms, t)) {
                    continue;
                }
                MachineState next = ms.copy();
                boolean ok = engine.step(next, t, depth[id] + 1, collector);
                transitions++;
                if (collector.any()) {
                    collector.drainInto(found, parent, via, id, t);
                }
                if (!ok) {
                    continue;
                }
                if (next.wordsView().length > MAX_STATE_WORDS) {
                    stopReason = tooWide(next.wordsView().length);
                    break explore;
                }
                int nid = store.intern(next.wordsView());
                if (nid >= 0) {
                    if (nid == parent.length) {
                        int grown = (int) Math.min(2L * nid, MAX_STATES + 1);
                        parent = Arrays.copyOf(parent, grown);
                        via = Arrays.copyOf(via, grown);
                        depth = Arrays.copyOf(depth, grown);
                    }
                    parent[nid] = id;
                    via[nid] = (byte) t;
                    depth[nid] = depth[id] + 1;
                }
            }
        }
        progress.update(store.size(), transitions, 0, maxDepth);
        return new ExplorationResult(store.size(), transitions, maxDepth, System.nanoTime() - started, store.bytes(),
                stopReason == null, stopReason, new ArrayList<>(found.values()), collector.lockOrder());
    }

    private void checkState(MachineState ms, int id, int[] parent, byte[] via, Map<String, Found> found) {
        long signature = detectors.deadlockSignature(ms);
        if (signature != 0 && seenDeadlocks.add(signature)) {
            Finding.Deadlock dl = detectors.deadlock(ms);
            if (dl != null) {
                found.putIfAbsent(dl.key(), new Found(dl, schedule(parent, via, id)));
            }
        }
        for (Detectors.Conflict c : detectors.conflicts(ms)) {
            if (seenRaces.add(c.place())) { // races are found only here, so the set says what is recorded
                String key = "race " + c.place();
                List<Integer> s = schedule(parent, via, id, c.first(), c.second());
                int step = s.size() - 1;
                Finding.Race race = new Finding.Race(c.place(),
                        new Finding.Access(program.threadLabel(c.first()), step, c.firstWrites(), null, null),
                        new Finding.Access(program.threadLabel(c.second()), step + 1, c.secondWrites(), null, null));
                found.put(key, new Found(race, s));
            }
        }
        for (Finding.Violation v : detectors.finalViolations(ms)) {
            if (!found.containsKey(v.key())) {
                found.put(v.key(), new Found(v, schedule(parent, via, id)));
            }
        }
    }

    private static List<Integer> schedule(int[] parent, byte[] via, int id, int... then) {
        List<Integer> steps = new ArrayList<>();
        for (int at = id; parent[at] >= 0; at = parent[at]) {
            steps.add((int) via[at]);
        }
        java.util.Collections.reverse(steps);
        for (int t : then) {
            steps.add(t);
        }
        return steps;
    }

    private static String tooWide(int words) {
        return "a state grew to " + words + " words (the lock-order graph is part of it), past the " + MAX_STATE_WORDS
                + " words the state store holds";
    }

    private static String stopReason(Limits limits, Progress progress, long deadline, Runtime rt) {
        if (progress.cancelled()) {
            return "cancelled";
        }
        if (System.nanoTime() > deadline) {
            return "the time limit (" + limits.timeout().toSeconds() + " s) was reached";
        }
        long used = rt.totalMemory() - rt.freeMemory();
        if (used > rt.maxMemory() * 0.85 && rt.maxMemory() - used < 256L << 20) {
            return "memory is nearly full (" + (used >> 20) + " MB of " + (rt.maxMemory() >> 20)
                    + " MB); give Java more with -Xmx or lower --max-states";
        }
        return null;
    }

    /**
     * Collects the findings of one step so the explorer can attach the schedule that led there, and
     * every lock-order edge any step makes (with the one that closed each inversion first found).
     */
    private static final class Collector implements StepListener {
        private final List<Finding> pending = new ArrayList<>();
        /** For each pending finding, the edge made just before it (class pair), or -1. */
        private final List<Integer> pendingEdge = new ArrayList<>();
        private final Program program;
        private final int classes;
        private final boolean[] edges;
        private final boolean[] closing;
        private int lastEdge = -1;

        Collector(Program program) {
            this.program = program;
            this.classes = program.lockClassCount();
            this.edges = new boolean[classes * classes];
            this.closing = new boolean[classes * classes];
        }

        @Override
        public void lockOrderEdge(int fromClass, int toClass) {
            lastEdge = fromClass * classes + toClass;
            edges[lastEdge] = true;
        }

        @Override
        public void finding(Finding f) {
            pending.add(f);
            pendingEdge.add(f instanceof Finding.Inversion ? lastEdge : -1);
        }

        boolean any() {
            return !pending.isEmpty();
        }

        void drainInto(Map<String, Found> found, List<Integer> schedule) {
            for (int i = 0; i < pending.size(); i++) {
                Finding f = pending.get(i);
                if (found.putIfAbsent(f.key(), new Found(f, schedule)) == null) {
                    markClosing(i);
                }
            }
            clear();
        }

        /** The same, computing the schedule only for a finding not seen before. */
        void drainInto(Map<String, Found> found, int[] parent, byte[] via, int id, int t) {
            for (int i = 0; i < pending.size(); i++) {
                Finding f = pending.get(i);
                String key = f.key();
                if (!found.containsKey(key)) {
                    found.put(key, new Found(f, schedule(parent, via, id, t)));
                    markClosing(i);
                }
            }
            clear();
        }

        private void markClosing(int pendingIndex) {
            int pair = pendingEdge.get(pendingIndex);
            if (pair >= 0) {
                closing[pair] = true;
            }
        }

        private void clear() {
            pending.clear();
            pendingEdge.clear();
            lastEdge = -1;
        }

        /** Every edge seen, in the classes' declaration order (deterministic). */
        List<ClassEdge> lockOrder() {
            List<ClassEdge> out = new ArrayList<>();
            for (int pair = 0; pair < edges.length; pair++) {
                if (edges[pair]) {
                    out.add(new ClassEdge(program.lockClassName(pair / classes), program.lockClassName(pair % classes),
                            closing[pair]));
                }
            }
            return out;
        }
    }
}
