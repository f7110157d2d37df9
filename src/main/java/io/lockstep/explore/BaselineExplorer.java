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
 * The explorer as it was before the compact store and the parallel search ({@code --engine
 * baseline}), kept runnable so that {@code lockstep bench} can compare against it and the tests can
 * require both to give the same report. Exhaustive breadth-first exploration of every interleaving, with each state stored once. Breadth
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
final class BaselineExplorer {
    static final int CHECK_EVERY = 4096;
    /**
     * The clock is also read once this many state words have been expanded since the last look, so
     * that a wide state (thousands of words, many threads) cannot run far past the time limit.
     */
    static final long WORK_BETWEEN_CHECKS = 1L << 22;
    static final long MAX_STATES = Explorer.MAX_STATES;
    static final int MAX_STATE_WORDS = Explorer.MAX_STATE_WORDS;

    private final Program program;
    private final Engine engine;
    private final Detectors detectors;
    /** Findings already recorded, checked before building their (string) keys in the hot loop. */
    private final java.util.Set<Long> seenDeadlocks = new java.util.HashSet<>();
    private final java.util.Set<String> seenRaces = new java.util.HashSet<>();

    BaselineExplorer(Program program) {
        this.program = program;
        this.engine = new Engine(program);
        this.detectors = new Detectors(engine);
    }

    ExplorationResult explore(Limits limits, Progress progress, long sinceNanos) {
        long started = System.nanoTime();
        seenDeadlocks.clear();
        seenRaces.clear();
        long deadline = sinceNanos + Math.min(limits.timeout().toNanos(), Long.MAX_VALUE / 4);
        long maxStates = Math.min(limits.maxStates(), MAX_STATES);
        Map<String, Found> found = new LinkedHashMap<>();
        StepCollector collector = new StepCollector(program);
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
        MemoryWatch memory = new MemoryWatch();
        long work = 0;
        explore:
        for (int id = 0; id < store.size(); id++) {
            if (id >= maxStates) {
                stopReason = Limits.stateLimitReached(maxStates);
                break;
            }
            if (id % CHECK_EVERY == 0 || work >= WORK_BETWEEN_CHECKS) {
                work = 0;
                progress.update(store.size(), transitions, store.size() - id, depth[id]);
                stopReason = stopReason(limits, progress, deadline, memory);
                if (stopReason != null) {
                    break;
                }
            }
            MachineState ms = MachineState.adopt(program, store.get(id));
            work += (long) ms.wordsView().length * (program.threadCount() + 1);
            maxDepth = Math.max(maxDepth, depth[id]);
            checkState(ms, id, parent, via, found);
            int n = program.threadCount();
            for (int t = 0; t < n; t++) {
                if (!engine.isEnabled(ms, t)) {
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

    static List<Integer> schedule(int[] parent, byte[] via, int id, int... then) {
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

    static String tooWide(int words) {
        return "a state grew to " + words + " words (the lock-order graph is part of it), past the " + MAX_STATE_WORDS
                + " words the state store holds";
    }

    static String stopReason(Limits limits, Progress progress, long deadline, MemoryWatch memory) {
        if (progress.cancelled()) {
            return "cancelled";
        }
        if (System.nanoTime() > deadline) {
            return "the time limit (" + limits.timeout().toSeconds() + " s) was reached";
        }
        return memory.nearlyFull();
    }
}
