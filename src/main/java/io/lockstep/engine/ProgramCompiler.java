package io.lockstep.engine;

import io.lockstep.model.BlockState;
import io.lockstep.model.Expr;
import io.lockstep.model.LockDecl;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.Place;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.Scenario;
import io.lockstep.model.Stmt;
import io.lockstep.model.StmtText;
import io.lockstep.model.ThreadSpec;
import io.lockstep.model.VarDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a resolved {@link Scenario} into a {@link Program}: numbers locks, zones and blocks, and
 * compiles each thread body by inlining every call (the language has no recursion, so a thread is
 * one flat array of instructions whose only backward jump is a restart).
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
    private Program program;
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
        List<ThreadCode> compiled = new ArrayList<>();
        int[] locals = new int[threads.size()];
        for (int t = 0; t < threads.size(); t++) {
            ThreadCode tc = new ThreadCode(threads.get(t));
            compiled.add(tc);
            locals[t] = tc.slotCount;
        }
        layout = new StateLayout(locals, instanceNames.size(), varIndex.size(), blockDefined.length, zoneNames.size());
        Instr[][] code = new Instr[threads.size()][];
        int[][][] dead = new int[threads.size()][][];
        program = new Program(scenario, layout, code, dead, locals, classes, classBase,
                instanceClass.stream().mapToInt(Integer::intValue).toArray(), instanceNames.toArray(String[]::new),
                zoneNames.toArray(String[]::new), blockDefined, scenario.memory().pagesPerBlock(), initialWords());
        // The arrays are filled after the program exists because compiled expressions refer to it.
        for (int t = 0; t < threads.size(); t++) {
            code[t] = compiled.get(t).emit(program);
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
     * One thread's code under construction. Slots are numbered while walking the body (so the slot
     * count is known before the program exists); instructions are emitted in a second walk, when the
     * expressions can be bound to the program.
     */
    private final class ThreadCode {
        final ThreadSpec spec;
        int slotCount;

        ThreadCode(ThreadSpec spec) {
            this.spec = spec;
            this.slotCount = new Emitter(null).countSlots(spec.body(), 0, new HashMap<>());
        }

        Instr[] emit(Program p) {
            Emitter e = new Emitter(p);
            List<String> stack = List.of("thread \"" + spec.label() + "\"");
            Emitter.Frame top = new Emitter.Frame(new HashMap<>(), stack, null, new ArrayList<>(), null);
            e.body(spec.body(), top);
            Instr end = new Instr(Instr.Op.END, spec.pos(), "end of thread", stack, null);
            end.where = spec.pos().toString();
            e.code.add(end);
            for (Instr in : e.threadRestarts) {
                in.restartSlotTo = slotCount;
            }
            for (int j : top.returns()) {
                e.code.get(j).target = e.code.size() - 1;
            }
            return e.code.toArray(Instr[]::new);
        }
    }

    /** Emits the instructions of statements, inlining calls. */
    private final class Emitter {
        /** {@code proc} is null in the thread body. */
        record Frame(Map<String, Integer> slots, List<String> stack, String at, List<Integer> returns, ProcDecl proc) {}

        final Program p;
        final List<Instr> code = new ArrayList<>();
        int nextSlot;
        /** Where the entry-point call being emitted starts (its first instruction, its first slot), or -1. */
        int entryStart = -1;
        int entrySlotFrom;
        /** Restarting trylocks of that call, and of the thread body itself: their slot range ends later. */
        final List<Instr> entryRestarts = new ArrayList<>();
        final List<Instr> threadRestarts = new ArrayList<>();

        Emitter(Program p) {
            this.p = p;
        }

        /** Counts slots exactly as {@link #body} will allocate them. */
        int countSlots(List<Stmt> body, int depth, Map<String, Integer> names) {
            int before = nextSlot;
            walkSlots(body, names);
            return nextSlot - before;
        }

        private void walkSlots(List<Stmt> body, Map<String, Integer> names) {
            for (Stmt st : body) {
                if (st instanceof Stmt.Let l) {
                    names.computeIfAbsent(l.local(), k -> nextSlot++);
                } else if (st instanceof Stmt.Read r) {
                    names.computeIfAbsent(r.local(), k -> nextSlot++);
                } else if (st instanceof Stmt.If i) {
                    walkSlots(i.then(), names);
                    walkSlots(i.otherwise(), names);
                } else if (st instanceof Stmt.TryLock t) {
                    walkSlots(t.otherwise(), names);
                } else if (st instanceof Stmt.Call c) {
                    ProcDecl proc = scenario.procs().get(c.proc());
                    Map<String, Integer> callee = new HashMap<>();
                    for (String param : proc.params()) {
                        callee.put(param, nextSlot++);
                    }
                    walkSlots(proc.body(), callee);
                }
            }
        }

        void body(List<Stmt> stmts, Frame f) {
            for (Stmt st : stmts) {
                statement(st, f);
            }
        }

        private Instr add(Instr.Op op, Stmt st, Frame f) {
            Instr in = new Instr(op, st.pos(), StmtText.of(st), f.stack(), f.at());
            in.where = where(st.pos(), f);
            code.add(in);
            return in;
        }

        /**
         * A position a user can act on: in a bundled model, whose file is not on disk, the model, the
         * proc, its citation and the command that prints it.
         */
        private String where(io.lockstep.model.SourcePos pos, Frame f) {
            if (f.proc() == null || !f.proc().fromBundledModel()) {
                return pos.toString();
            }
            ProcDecl proc = f.proc();
            return "kernel model " + proc.origin() + ", proc " + proc.name() + " (" + proc.citation() + "), line "
                    + pos.line() + " of the model; see: lockstep show " + proc.origin() + " " + proc.name();
        }

        private int slot(Frame f, String name) {
            return f.slots().computeIfAbsent(name, k -> nextSlot++);
        }

        private void statement(Stmt st, Frame f) {
            if (st instanceof Stmt.Acquire a) {
                Instr in = add(Instr.Op.ACQUIRE, st, f);
                lockRef(in, a.lock(), f);
                in.shared = a.shared();
            } else if (st instanceof Stmt.Release r) {
                Instr in = add(Instr.Op.RELEASE, st, f);
                lockRef(in, r.lock(), f);
                in.shared = r.shared();
                in.anyway = r.anyway();
            } else if (st instanceof Stmt.TryLock t) {
                Instr in = add(Instr.Op.TRYLOCK, st, f);
                lockRef(in, t.lock(), f);
                in.shared = t.shared();
                in.restartOnFail = t.onFail() == Stmt.OnFail.RESTART;
                if (t.onFail() == Stmt.OnFail.RETURN) {
                    f.returns().add(code.size() - 1);
                } else if (in.restartOnFail) {
                    restartsTo(in);
                } else {
                    // else { ... }: success jumps over the block, failure runs it
                    Instr skip = add(Instr.Op.JUMP, st, f);
                    in.target = code.size();
                    body(t.otherwise(), f);
                    skip.target = code.size();
                }
            } else if (st instanceof Stmt.Restart) {
                restartsTo(add(Instr.Op.RESTART, st, f));
            } else if (st instanceof Stmt.Drain d) {
                lockRef(add(Instr.Op.DRAIN, st, f), d.lock(), f);
            } else if (st instanceof Stmt.Activate a) {
                lockRef(add(Instr.Op.ACTIVATE, st, f), a.lock(), f);
            } else if (st instanceof Stmt.AssertHeld h) {
                if (h.rule() && !checkRules) {
                    return;
                }
                Instr in = add(Instr.Op.ASSERT_HELD, st, f);
                lockRef(in, h.lock(), f);
                in.heldMode = h.mode() == null ? 0 : h.mode() == Stmt.HeldMode.READ ? 1 : 2;
                in.rule = h.rule();
                in.text = h.message();
            } else if (st instanceof Stmt.Read r) {
                Instr in = add(Instr.Op.READ, st, f);
                in.place = place(r.place(), f);
                in.slot = slot(f, r.local());
            } else if (st instanceof Stmt.Write w) {
                Instr in = add(Instr.Op.WRITE, st, f);
                in.place = place(w.place(), f);
                in.value = expr(w.value(), f);
            } else if (st instanceof Stmt.SetBlock b) {
                Instr in = add(Instr.Op.SET_BLOCK, st, f);
                in.index = expr(b.block(), f);
                in.blockState = b.state();
                in.zone = b.zone() == null ? -1 : zoneNames.indexOf(b.zone());
            } else if (st instanceof Stmt.Let l) {
                Instr in = add(Instr.Op.LET, st, f);
                in.value = expr(l.value(), f);
                in.slot = slot(f, l.local());
            } else if (st instanceof Stmt.If i) {
                Instr branch = add(Instr.Op.JUMP_IF_FALSE, st, f);
                branch.value = expr(i.cond(), f);
                body(i.then(), f);
                if (i.otherwise().isEmpty()) {
                    branch.target = code.size();
                } else {
                    Instr skip = add(Instr.Op.JUMP, st, f);
                    branch.target = code.size();
                    body(i.otherwise(), f);
                    skip.target = code.size();
                }
            } else if (st instanceof Stmt.Return) {
                add(Instr.Op.JUMP, st, f);
                f.returns().add(code.size() - 1);
            } else if (st instanceof Stmt.Note n) {
                add(Instr.Op.NOTE, st, f).text = n.text();
            } else if (st instanceof Stmt.Assert a) {
                Instr in = add(Instr.Op.ASSERT, st, f);
                in.value = expr(a.cond(), f);
                in.text = a.message();
            } else if (st instanceof Stmt.Call c) {
                call(c, f);
            } else {
                throw new IllegalArgumentException("unknown statement " + st);
            }
        }

        /** Points a restart at the start of the entry-point call being emitted (or of the thread body). */
        private void restartsTo(Instr in) {
            if (entryStart >= 0) {
                in.restartTarget = entryStart;
                in.restartSlotFrom = entrySlotFrom;
                entryRestarts.add(in);
            } else {
                in.restartTarget = 0; // directly in the thread body: the body starts over
                in.restartSlotFrom = 0;
                threadRestarts.add(in);
            }
        }

        private void call(Stmt.Call c, Frame caller) {
            ProcDecl proc = scenario.procs().get(c.proc());
            List<String> stack = new ArrayList<>();
            stack.add(proc.name() + " @ " + proc.citation());
            stack.addAll(caller.stack());
            Frame callee = new Frame(new HashMap<>(), List.copyOf(stack), proc.citation(), new ArrayList<>(), proc);
            // A call from the thread body is an entry point, a syscall: what a restart re-issues.
            boolean entry = caller.proc() == null && entryStart < 0;
            if (entry) {
                entryStart = code.size();
                entrySlotFrom = nextSlot;
            }
            for (int i = 0; i < proc.params().size(); i++) {
                // Arguments are evaluated in the caller's frame, then bound like a let in the callee.
                Instr in = new Instr(Instr.Op.LET, c.pos(), proc.params().get(i) + " = " + io.lockstep.model.ExprText.of(c.args().get(i)),
                        callee.stack(), proc.citation());
                in.where = where(c.pos(), caller);
                in.value = expr(c.args().get(i), caller);
                in.slot = slot(callee, proc.params().get(i));
                code.add(in);
            }
            body(proc.body(), callee);
            for (int j : callee.returns()) {
                code.get(j).target = code.size();
            }
            if (entry) {
                for (Instr in : entryRestarts) {
                    in.restartSlotTo = nextSlot;
                }
                entryRestarts.clear();
                entryStart = -1;
            }
        }

        private void lockRef(Instr in, Stmt.LockRef ref, Frame f) {
            in.lockClass = indexOfClass(ref.name());
            in.index = ref.index() == null ? null : expr(ref.index(), f);
        }

        private int indexOfClass(String name) {
            for (int c = 0; c < classes.length; c++) {
                if (classes[c].name().equals(name)) {
                    return c;
                }
            }
            throw new IllegalStateException("unresolved lock " + name);
        }

        private CPlace place(Place pl, Frame f) {
            String src = pl.describe();
            return switch (pl.kind()) {
                case VAR -> new CPlace(pl.kind(), layout.var(varIndex.get(pl.name())), null, src);
                case ZONE_PRESENT -> new CPlace(pl.kind(), layout.zonePresent(zoneNames.indexOf(pl.name())), null, src);
                case ZONE_SPANNED -> new CPlace(pl.kind(), layout.zoneSpanned(zoneNames.indexOf(pl.name())), null, src);
                case NODE_PRESENT -> new CPlace(pl.kind(), layout.nodePresent(), null, src);
                case TOTALRAM -> new CPlace(pl.kind(), layout.totalram(), null, src);
                case BLOCK_STATE, BLOCK_ONLINE_TYPE, BLOCK_SYSFS, BLOCK_DEV_OFFLINE, ZONE_OF_PRESENT, ZONE_OF_SPANNED ->
                        new CPlace(pl.kind(), -1, expr(pl.block(), f), src);
            };
        }

        private CExpr expr(Expr e, Frame f) {
            if (e instanceof Expr.Num n) {
                return new CExpr.Const(n.value());
            } else if (e instanceof Expr.Name n) {
                Integer slot = f.slots().get(n.name());
                if (slot != null) {
                    return new CExpr.Local(slot);
                }
                return new CExpr.Const(BlockState.fromKeyword(n.name())
                        .orElseThrow(() -> new IllegalStateException("unresolved name " + n.name())).code());
            } else if (e instanceof Expr.Pages pg) {
                return new CExpr.Pages(expr(pg.block(), f), p);
            } else if (e instanceof Expr.Unary u) {
                return new CExpr.Unary(u.op(), expr(u.operand(), f));
            } else if (e instanceof Expr.Binary b) {
                return new CExpr.Binary(b.op(), expr(b.left(), f), expr(b.right(), f));
            }
            throw new IllegalArgumentException("unknown expression " + e);
        }
    }
}
