package io.lockstep.engine;

import io.lockstep.model.Expr;
import io.lockstep.model.Place;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.Scenario;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Stmt;
import io.lockstep.model.StmtText;
import io.lockstep.model.ThreadSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits one thread's instructions, inlining every call: a flat array whose only backward jumps are
 * restarts, each to the start of its entry-point call. Slots are numbered in the order
 * {@link ProgramCompiler} counted them.
 */
final class ThreadEmitter {
    /**
     * {@code proc} is null in the thread body; {@code resultSlot} is the caller's local that a
     * {@code return e} sets ({@code call P() -> x}), or -1.
     */
    record Frame(Map<String, Integer> slots, List<String> stack, String at, List<Integer> returns, ProcDecl proc,
            int resultSlot) {}

    private final Program p;
    private final Scenario scenario;
    private final boolean checkRules;
    private final Map<String, Integer> varIndex;
    private final List<Instr> code = new ArrayList<>();
    private int nextSlot;
    /** Where the entry-point call being emitted starts (its first instruction, its first slot), or -1. */
    private int entryStart = -1;
    private int entrySlotFrom;
    /** Restarting trylocks of that call, and of the thread body itself: their slot range ends later. */
    private final List<Instr> entryRestarts = new ArrayList<>();
    private final List<Instr> threadRestarts = new ArrayList<>();

    ThreadEmitter(Program p, boolean checkRules, Map<String, Integer> varIndex) {
        this.p = p;
        this.scenario = p.scenario;
        this.checkRules = checkRules;
        this.varIndex = varIndex;
    }

    /** The code of a thread whose locals number {@code slotCount}, ending in END. */
    Instr[] emit(ThreadSpec spec, int slotCount) {
        List<String> stack = List.of("thread \"" + spec.label() + "\"");
        Frame top = new Frame(new HashMap<>(), stack, null, new ArrayList<>(), null, -1);
        body(spec.body(), top);
        Instr end = new Instr(Instr.Op.END, spec.pos(), "end of thread", stack, null);
        end.where = spec.pos().toString();
        code.add(end);
        for (Instr in : threadRestarts) {
            in.restartSlotTo = slotCount;
        }
        for (int j : top.returns()) {
            code.get(j).target = code.size() - 1;
        }
        return code.toArray(Instr[]::new);
    }

    private void body(List<Stmt> stmts, Frame f) {
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
    private String where(SourcePos pos, Frame f) {
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
                alternative(in, t.otherwise(), st, f); // else { ... }: failure runs the block
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
            in.heldMode = h.mode();
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
            in.zone = b.zone() == null ? -1 : zoneIndex(b.zone());
            in.text = b.zone();
        } else if (st instanceof Stmt.Let l) {
            Instr in = add(Instr.Op.LET, st, f);
            in.value = expr(l.value(), f);
            in.slot = slot(f, l.local());
        } else if (st instanceof Stmt.If i) {
            CExpr cond = expr(i.cond(), f);
            java.util.BitSet reads = new java.util.BitSet();
            cond.usedSlots(reads);
            if (mentionsSwitch(i.cond()) && reads.isEmpty()) {
                // A switch is fixed for the run: keep only the branch it picks, so it costs no step and no state.
                boolean on = cond.eval(new int[0], 0) != 0;
                declareLocals(on ? i.otherwise() : i.then(), f); // locals have function scope, as when not folded
                body(on ? i.then() : i.otherwise(), f);
                return;
            }
            Instr branch = add(Instr.Op.JUMP_IF_FALSE, st, f);
            branch.value = cond;
            body(i.then(), f);
            if (i.otherwise().isEmpty()) {
                branch.target = code.size();
            } else {
                alternative(branch, i.otherwise(), st, f);
            }
        } else if (st instanceof Stmt.Return r) {
            if (r.value() != null && f.resultSlot() >= 0) {
                Instr give = add(Instr.Op.LET, st, f);
                give.value = expr(r.value(), f);
                give.slot = f.resultSlot();
            }
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

    /**
     * The code a branch jumps to when its condition fails (an else, or a failed trylock's block): the
     * code before it jumps over it.
     */
    private void alternative(Instr branch, List<Stmt> otherwise, Stmt st, Frame f) {
        Instr skip = add(Instr.Op.JUMP, st, f);
        branch.target = code.size();
        body(otherwise, f);
        skip.target = code.size();
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
        // The result is the caller's local, numbered before the callee's (so a restart keeps it).
        int resultSlot = c.result() == null ? -1 : slot(caller, c.result());
        Frame callee = new Frame(new HashMap<>(), List.copyOf(stack), proc.citation(), new ArrayList<>(), proc,
                resultSlot);
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
        if (resultSlot >= 0) {
            // a proc that ends without return e gives 0
            Instr none = new Instr(Instr.Op.LET, c.pos(), c.result() + " = 0", callee.stack(), proc.citation());
            none.where = where(c.pos(), caller);
            none.value = new CExpr.Const(0);
            none.slot = resultSlot;
            code.add(none);
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
        int c = p.lockClassIndex(name);
        if (c < 0) {
            throw new IllegalStateException("unresolved lock " + name);
        }
        return c;
    }

    private CPlace place(Place pl, Frame f) {
        String src = pl.describe();
        return switch (pl.kind()) {
            case VAR -> new CPlace(pl.kind(), p.layout.var(varIndex.get(pl.name())), null, src);
            case ZONE_PRESENT -> new CPlace(pl.kind(), p.layout.zonePresent(zoneIndex(pl.name())), null, src);
            case ZONE_SPANNED -> new CPlace(pl.kind(), p.layout.zoneSpanned(zoneIndex(pl.name())), null, src);
            case NODE_PRESENT -> new CPlace(pl.kind(), p.layout.nodePresent(), null, src);
            case TOTALRAM -> new CPlace(pl.kind(), p.layout.totalram(), null, src);
            case BLOCK_STATE, BLOCK_ONLINE_TYPE, BLOCK_SYSFS, BLOCK_DEV_OFFLINE, BLOCK_NID, ZONE_OF_PRESENT, ZONE_OF_SPANNED ->
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
            return new CExpr.Const(io.lockstep.model.NamedValue.of(n.name())
                    .orElseThrow(() -> new IllegalStateException("unresolved name " + n.name())));
        } else if (e instanceof Expr.SwitchRef r) {
            return new CExpr.Const(scenario.switchOn(r.name()) ? 1 : 0);
        } else if (e instanceof Expr.Pages pg) {
            return new CExpr.Pages(expr(pg.block(), f), p);
        } else if (e instanceof Expr.Unary u) {
            return new CExpr.Unary(u.op(), expr(u.operand(), f));
        } else if (e instanceof Expr.Binary b) {
            return new CExpr.Binary(b.op(), expr(b.left(), f), expr(b.right(), f));
        }
        throw new IllegalArgumentException("unknown expression " + e);
    }

    /** Gives a slot to every local that {@code skipped} declares, so later reads find it (as 0). */
    private void declareLocals(List<Stmt> skipped, Frame f) {
        for (Stmt st : skipped) {
            if (st instanceof Stmt.Let l) {
                slot(f, l.local());
            } else if (st instanceof Stmt.Read r) {
                slot(f, r.local());
            } else if (st instanceof Stmt.Call c && c.result() != null) {
                slot(f, c.result());
            } else if (st instanceof Stmt.If i) {
                declareLocals(i.then(), f);
                declareLocals(i.otherwise(), f);
            } else if (st instanceof Stmt.TryLock t) {
                declareLocals(t.otherwise(), f);
            }
        }
    }

    /** Whether {@code e} reads a switch (a condition that also reads a local is still tested at run time). */
    private static boolean mentionsSwitch(Expr e) {
        if (e instanceof Expr.SwitchRef) {
            return true;
        } else if (e instanceof Expr.Unary u) {
            return mentionsSwitch(u.operand());
        } else if (e instanceof Expr.Binary b) {
            return mentionsSwitch(b.left()) || mentionsSwitch(b.right());
        }
        return false;
    }

    private int zoneIndex(String zone) {
        return java.util.Arrays.asList(p.zoneNames).indexOf(zone);
    }
}
