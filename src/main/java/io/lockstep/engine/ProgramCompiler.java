package io.lockstep.engine;

import io.lockstep.model.BlockState;
import io.lockstep.model.LockDecl;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.Scenario;
import io.lockstep.model.Stmt;
import io.lockstep.model.ThreadSpec;
import io.lockstep.model.VarDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a resolved {@link Scenario} into a {@link Program}: numbers locks, zones and blocks, and
 * has {@link ThreadEmitter} compile each thread body by inlining every call (the language has no
 * recursion, so a thread is one flat array of instructions whose only backward jump is a restart).
 */
final class ProgramCompiler {
    private final Scenario scenario;
    private final boolean checkRules;
    private final LockDecl[] classes;
    private final int[] classBase;
    private final List<String> instanceNames = new ArrayList<>();
    private final List<Integer> instanceClass = new ArrayList<>();
    private final List<String> zoneNames = new ArrayList<>();
    private final boolean[] blockDefined;
    private final Map<String, Integer> varIndex = new HashMap<>();
    private StateLayout layout;

    ProgramCompiler(Scenario scenario, boolean checkRules) {
        this.scenario = scenario;
        this.checkRules = checkRules;
        this.classes = scenario.locks().values().toArray(LockDecl[]::new);
        this.classBase = new int[classes.length];
        int maxBlock = -1;
        for (MemoryLayout.ZoneRange r : scenario.memory().ranges()) {
            maxBlock = Math.max(maxBlock, r.last());
            if (!zoneNames.contains(r.zone())) {
                zoneNames.add(r.zone());
            }
        }
        blockDefined = new boolean[maxBlock + 1];
        for (MemoryLayout.ZoneRange r : scenario.memory().ranges()) {
            for (int b = r.first(); b <= r.last(); b++) {
                blockDefined[b] = true;
            }
        }
        if (scenario.threads().size() > StateLayout.MAX_THREADS) {
            throw new IllegalArgumentException("at most " + StateLayout.MAX_THREADS + " threads");
        }
        numberLockInstances();
        int v = 0;
        for (String name : scenario.vars().keySet()) {
            varIndex.put(name, v++);
        }
    }

    /** Single locks first, then per-block arrays, so the likely gates get the low gate-mask bits. */
    private void numberLockInstances() {
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < classes.length; c++) {
                LockDecl d = classes[c];
                if (d.perBlock() != (pass == 1)) {
                    continue;
                }
                classBase[c] = instanceNames.size();
                int count = d.perBlock() ? blockDefined.length : 1;
                for (int i = 0; i < count; i++) {
                    instanceNames.add(d.perBlock() ? d.name() + "[" + i + "]" : d.name());
                    instanceClass.add(c);
                }
            }
        }
    }

    Program compile() {
        List<ThreadSpec> threads = scenario.threads();
        int[] locals = new int[threads.size()];
        for (int t = 0; t < threads.size(); t++) {
            locals[t] = countSlots(threads.get(t).body());
        }
        layout = new StateLayout(locals, instanceNames.size(), varIndex.size(), blockDefined.length, zoneNames.size());
        Instr[][] code = new Instr[threads.size()][];
        int[][][] dead = new int[threads.size()][][];
        Program program = new Program(scenario, layout, code, dead, locals, classes, classBase,
                instanceClass.stream().mapToInt(Integer::intValue).toArray(), instanceNames.toArray(String[]::new),
                zoneNames.toArray(String[]::new), blockDefined, scenario.memory().pagesPerBlock(), initialWords());
        // The arrays are filled after the program exists because compiled expressions refer to it.
        for (int t = 0; t < threads.size(); t++) {
            code[t] = new ThreadEmitter(program, checkRules, varIndex).emit(threads.get(t), locals[t]);
        }
        uncheckedUnlocks(code);
        for (int t = 0; t < threads.size(); t++) {
            dead[t] = Liveness.deadSlots(code[t], locals[t]);
        }
        return program;
    }

    /**
     * mutex_unlock() never checks its caller: once a scenario releases a lock class with
     * {@code unlock L anyway}, every unlock of that class is the same unchecked release, so the owner
     * unlocking after someone else did is reported as a violation, as that release is, rather than
     * stopping the run.
     */
    private static void uncheckedUnlocks(Instr[][] code) {
        java.util.Set<Integer> classes = new java.util.HashSet<>();
        for (Instr[] thread : code) {
            for (Instr in : thread) {
                if (in.op == Instr.Op.RELEASE && in.anyway) {
                    classes.add(in.lockClass);
                }
            }
        }
        for (Instr[] thread : code) {
            for (Instr in : thread) {
                if (in.op == Instr.Op.RELEASE && !in.shared && classes.contains(in.lockClass)) {
                    in.anyway = true;
                }
            }
        }
    }

    /** The state before any thread runs: blocks, zones and counters from the memory layout. */
    private int[] initialWords() {
        int[] s = new int[layout.baseLength()];
        for (int t = 0; t < scenario.threads().size(); t++) {
            s[layout.threadWait(t)] = -1;
        }
        int v = 0;
        for (VarDecl d : scenario.vars().values()) {
            s[layout.var(v++)] = Math.toIntExact(d.initial());
        }
        long pages = scenario.memory().pagesPerBlock();
        int[] first = new int[zoneNames.size()];
        int[] last = new int[zoneNames.size()];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        java.util.Arrays.fill(last, -1);
        long node = 0;
        for (MemoryLayout.ZoneRange r : scenario.memory().ranges()) {
            int z = zoneNames.indexOf(r.zone());
            for (int b = r.first(); b <= r.last(); b++) {
                s[layout.blockState(b)] = r.initial().code();
                s[layout.blockZone(b)] = z;
                s[layout.blockOnlineType(b)] = -1;
                s[layout.blockSysfs(b)] = r.initial() == BlockState.ABSENT ? 0 : 1;
                s[layout.blockDevOffline(b)] = r.initial() == BlockState.ONLINE ? 0 : 1;
                s[layout.blockNid(b)] = r.initial() == BlockState.ABSENT ? -1 : 0; // the one node, or NUMA_NO_NODE
                if (r.initial() == BlockState.ONLINE) {
                    s[layout.zonePresent(z)] += pages;
                    node += pages;
                }
                if (r.initial() != BlockState.ABSENT) {
                    first[z] = Math.min(first[z], b);
                    last[z] = Math.max(last[z], b);
                }
            }
        }
        for (int z = 0; z < zoneNames.size(); z++) {
            s[layout.zoneSpanned(z)] = last[z] < 0 ? 0 : Math.toIntExact((last[z] - first[z] + 1) * pages);
        }
        s[layout.nodePresent()] = Math.toIntExact(node);
        s[layout.totalram()] = Math.toIntExact(node);
        return s;
    }

    /**
     * The local slots of a thread body, counted exactly as {@link ThreadEmitter} allocates them, so
     * the state layout is known before any instruction exists.
     */
    private int countSlots(List<Stmt> body) {
        int[] next = {0};
        walkSlots(body, new HashMap<>(), next);
        return next[0];
    }

    private void walkSlots(List<Stmt> body, Map<String, Integer> names, int[] next) {
        for (Stmt st : body) {
            if (st instanceof Stmt.Let l) {
                names.computeIfAbsent(l.local(), k -> next[0]++);
            } else if (st instanceof Stmt.Read r) {
                names.computeIfAbsent(r.local(), k -> next[0]++);
            } else if (st instanceof Stmt.If i) {
                walkSlots(i.then(), names, next);
                walkSlots(i.otherwise(), names, next);
            } else if (st instanceof Stmt.TryLock t) {
                walkSlots(t.otherwise(), names, next);
            } else if (st instanceof Stmt.Call c) {
                if (c.result() != null) {
                    names.computeIfAbsent(c.result(), k -> next[0]++);
                }
                ProcDecl proc = scenario.procs().get(c.proc());
                Map<String, Integer> callee = new HashMap<>();
                for (String param : proc.params()) {
                    callee.put(param, next[0]++);
                }
                walkSlots(proc.body(), callee, next);
            }
        }
    }
}
