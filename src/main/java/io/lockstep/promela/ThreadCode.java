package io.lockstep.promela;

import io.lockstep.engine.CExpr;
import io.lockstep.engine.Instr;
import io.lockstep.engine.Program;
import io.lockstep.model.LockKind;
import io.lockstep.model.Place;
import io.lockstep.model.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * One thread's proctype. The engine's step is one scheduling instruction followed by the thread's
 * local instructions up to its next scheduling point, so here a step is one {@code atomic} block
 * per place a thread can rest: {@code R<pc>} running at a scheduling instruction, {@code W<pc>}
 * waiting for a lock (its guard is the lock being available), {@code S<pc>} asleep after a failed
 * {@code trylock ... else restart}. Each block ends with a {@code goto} to the next resting place,
 * which leaves the atomic sequence, so other threads interleave exactly where the engine lets them.
 *
 * <p>The local instructions after a step are copied into each block that reaches them (labelled
 * {@code <block>_<pc>}): a goto to a shared copy outside the block would end the atomic sequence
 * there and add interleavings the engine does not have. Dead locals are zeroed where the engine
 * zeroes them, so both checkers store the same states.
 */
final class ThreadCode {
    private static final int RUN = 0;
    private static final int WAIT = 1;
    private static final int SLEEP = 2;
    private static final int DONE = 3;

    private final Program p;
    private final Names n;
    private final int t;
    private final List<Instr> code;
    private final StringBuilder out = new StringBuilder();
    /** Resting places still to write, as kind * 2^24 + pc, and those queued already. */
    private final Deque<Integer> todo = new ArrayDeque<>();
    private final java.util.Set<Integer> queued = new java.util.HashSet<>();
    /** The block being written: its label, and whether it is the thread's leading one (it counts itself ready). */
    private String block;
    private boolean leading;
    /**
     * The local slots that may be non-zero somewhere in the block being written: those live where it
     * starts (the engine zeroed the rest when the thread came to rest there) and those it writes. Only
     * they need zeroing where the engine zeroes dead slots; zeroing the others, already 0, would only
     * make the model longer (a kernel model's thread has a hundred locals).
     */
    private java.util.BitSet maySet = new java.util.BitSet();

    ThreadCode(Program p, Names n, int t) {
        this.p = p;
        this.n = n;
        this.t = t;
        this.code = p.code(t);
    }

    String write() {
        out.append("/* thread \"").append(Promela.comment(p.threadLabel(t))).append("\" */\n");
        out.append("proctype T").append(t).append("() {\n");
        if (p.localCount(t) > 0) {
            out.append("  int l[").append(p.localCount(t)).append("];\n");
        }
        out.append("  int tb, ti;\n");
        // The thread's leading local statements, in thread order before any step (the engine's initial state).
        block = "B";
        leading = true;
        maySet = LocalCode.written(code, null, List.of(0), new java.util.BitSet());
        out.append("B: atomic { ready == ").append(t).append(" ->\n");
        line(enter(0) + ";");
        settle(List.of(0));
        out.append("  }\n");
        leading = false;
        while (!todo.isEmpty()) {
            int key = todo.poll();
            rest(key >>> 24, key & 0xFFFFFF);
        }
        out.append("end_done: false;\n");
        out.append("fault: do :: faulted -> skip od\n"); // never an end state, and pan rejects an unconditional self-loop
        out.append("}\n");
        return out.toString();
    }

    private static String label(int kind, int pc) {
        return (kind == WAIT ? "W" : kind == SLEEP ? "S" : "R") + pc;
    }

    /** The code that leaves the block for resting place (kind, pc), queueing it. */
    private String exitTo(int kind, int pc) {
        int key = kind << 24 | pc;
        if (queued.add(key)) {
            todo.add(key);
        }
        return "tb = 0; ti = 0;" + (leading ? " ready++;" : "") + " goto " + label(kind, pc);
    }

    /** Going on at pc inside this block: a local instruction's copy, or the resting place at a step. */
    private String enter(int pc) {
        Instr in = code.get(pc);
        if (in.op() == Instr.Op.END) {
            StringBuilder sb = new StringBuilder("ts[" + t + "] = " + DONE + ";");
            for (int k = maySet.nextSetBit(0); k >= 0; k = maySet.nextSetBit(k + 1)) {
                sb.append(" l[").append(k).append("] = 0;");
            }
            return sb + " tb = 0; ti = 0;" + (leading ? " ready++;" : "") + " goto end_done";
        }
        if (!in.isStep()) {
            return "goto " + block + "_" + pc;
        }
        StringBuilder sb = new StringBuilder();
        for (int k : p.deadSlotsAt(t, pc)) {
            if (maySet.get(k)) {
                sb.append("l[").append(k).append("] = 0; ");
            }
        }
        return sb + exitTo(RUN, pc);
    }

    private static final String FAIL = "faulted = 1; goto fault";

    /** A runtime error of the scenario when {@code cond} holds: the engine drops that successor, so this one stops. */
    private void failIf(String cond) {
        if (cond != null) {
            line("if :: " + cond + " -> " + FAIL + " :: else fi; /* a runtime error */");
        }
    }

    private void line(String s) {
        out.append("    ").append(s).append('\n');
    }

    private void rest(int kind, int pc) {
        try {
            restAt(kind, pc);
        } catch (Promela.Unsupported e) {
            throw positioned(e, code.get(pc));
        }
    }

    /** The message with the statement's position first, once (the innermost statement is the one at fault). */
    private static Promela.Unsupported positioned(Promela.Unsupported e, Instr in) {
        if (e.positioned) {
            return e;
        }
        return new Promela.Unsupported(in.where() + ": " + e.getMessage() + " (in '" + in.source()
                + "'); the Promela export cannot express it", true);
    }

    private void restAt(int kind, int pc) {
        Instr in = code.get(pc);
        block = label(kind, pc);
        java.util.BitSet live = new java.util.BitSet();
        live.set(0, p.localCount(t));
        for (int k : p.deadSlotsAt(t, pc)) {
            live.clear(k);
        }
        List<Integer> entries = kind == WAIT ? List.of(pc + 1) : kind == SLEEP ? List.of(in.restartTarget())
                : switch (in.op()) {
                    case TRYLOCK -> List.of(pc + 1, in.restartOnFail() ? pc + 1 : in.target());
                    case RESTART -> List.of(in.restartTarget());
                    default -> List.of(pc + 1);
                };
        maySet = LocalCode.written(code, kind == RUN ? in : null, entries, live);
        out.append("/* ").append(Promela.comment(in.source())).append(" @ ").append(Promela.comment(in.where()))
                .append(" */\n");
        if (kind == WAIT) {
            boolean sh = in.op() == Instr.Op.ACQUIRE && in.shared();
            out.append(block).append(": atomic { GO && AVAIL(wt[").append(t).append("], ").append(sh ? 1 : 0)
                    .append(", ").append(t).append(") ->\n");
            if (in.op() == Instr.Op.ACQUIRE) {
                line(take("wt[" + t + "]", sh) + ";");
            }
            line("ts[" + t + "] = " + RUN + "; wt[" + t + "] = -1; wsh[" + t + "] = 0;");
            line(enter(pc + 1) + ";");
            settle(List.of(pc + 1));
        } else if (kind == SLEEP) {
            out.append(block).append(": atomic { GO ->\n");
            restart(in);
            settle(List.of(in.restartTarget()));
        } else {
            out.append(block).append(": atomic { GO ->\n");
            settle(step(in, pc));
        }
        out.append("  }\n");
    }

    /** Writes the step instruction; returns where the local code goes on (the pcs entered). */
    private List<Integer> step(Instr in, int pc) {
        switch (in.op()) {
            case ACQUIRE, DRAIN -> {
                boolean sh = in.op() == Instr.Op.ACQUIRE && in.shared();
                instance(in);
                if (in.op() == Instr.Op.DRAIN) {
                    line("ld[ti] = 1;"); // kernfs_deactivate(): new active references fail from now on
                }
                line("if");
                line(":: AVAIL(ti, " + (sh ? 1 : 0) + ", " + t + ") -> " + (in.op() == Instr.Op.ACQUIRE ? take("ti", sh) : "skip"));
                line(":: else -> ts[" + t + "] = " + WAIT + "; wt[" + t + "] = ti; wsh[" + t + "] = " + (sh ? 1 : 0) + "; "
                        + exitTo(WAIT, pc));
                line("fi;");
            }
            case RELEASE -> {
                instance(in);
                String release = in.shared()
                        ? "if :: (lr[ti] & (1 << " + t + ")) != 0 -> lr[ti] = lr[ti] & ~(1 << " + t + ") :: else -> " + FAIL + " fi"
                        : "if :: lw[ti] == " + (t + 1) + " -> lw[ti] = 0 :: else -> " + FAIL + " fi";
                if (in.anyway()) {
                    // mutex_unlock() by another thread clears the owner, whoever it is
                    line("if :: lw[ti] != " + (t + 1) + " -> lw[ti] = 0 :: else -> " + release + " fi;");
                } else {
                    line(release + ";");
                }
            }
            case TRYLOCK -> {
                instance(in);
                line("if");
                line(":: AVAIL(ti, " + (in.shared() ? 1 : 0) + ", " + t + ") -> " + take("ti", in.shared()) + "; "
                        + enter(pc + 1));
                if (in.restartOnFail()) {
                    line(":: else ->");
                    mayRestart(in);
                    line("   ts[" + t + "] = " + SLEEP + "; " + zeroRange(in) + exitTo(SLEEP, pc));
                } else {
                    line(":: else -> " + enter(in.target()));
                }
                line("fi;");
                return List.of(pc + 1, in.restartOnFail() ? pc + 1 : in.target());
            }
            case RESTART -> {
                mayRestart(in);
                restart(in);
                return List.of(in.restartTarget());
            }
            case ACTIVATE -> {
                instance(in);
                line("ld[ti] = 0;");
            }
            case READ -> line("l[" + in.slot() + "] = " + place(in) + ";");
            case WRITE -> {
                String target = place(in);
                failIf(n.fault(in.value()));
                String value = n.expr(in.value());
                if (in.place().kind() == Place.Kind.BLOCK_STATE) {
                    failIf("(" + value + " < 0 || " + value + " > 3)");
                }
                line(target + " = " + value + ";");
            }
            case SET_BLOCK -> {
                block(in.index(), in);
                if (in.blockState() == null && in.zone() < 0) {
                    line(FAIL + "; /* zone " + Promela.comment(in.text()) + " is not in the memory layout */");
                } else {
                    if (in.blockState() != null) {
                        line("block_state[tb] = " + in.blockState().code() + ";");
                    }
                    if (in.zone() >= 0) {
                        line("block_zone[tb] = " + in.zone() + ";");
                    }
                }
            }
            default -> throw new IllegalStateException("not a step: " + in.op());
        }
        line(enter(pc + 1) + ";");
        return List.of(pc + 1);
    }

    private String take(String inst, boolean shared) {
        return shared ? "lr[" + inst + "] = lr[" + inst + "] | (1 << " + t + ")" : "lw[" + inst + "] = " + (t + 1);
    }

    /** Computes the lock instance of a lock statement into ti (a bad block number is a runtime error). */
    private void instance(Instr in) {
        int base = n.classBase[in.lockClass()];
        if (in.index() == null) {
            line("ti = " + base + ";");
        } else {
            block(in.index(), in);
            line("ti = " + base + " + tb;");
        }
    }

    /** Computes a block number into tb, checking it names a block of the memory layout. */
    private void block(CExpr index, Instr in) {
        failIf(n.fault(index));
        line("tb = " + n.expr(index) + ";");
        failIf("!" + n.defined("tb"));
    }

    private String place(Instr in) {
        if (in.place().block() != null) {
            block(in.place().block(), in);
        }
        return n.place(in.place(), "tb");
    }

    /** A restarted syscall must hold nothing but active references (else a runtime error). */
    private void mayRestart(Instr in) {
        for (int[] r : n.ranges(c -> p.lockKind(p.lockClassBase(c)) != LockKind.ACTIVE_REF)) {
            line("   ti = " + r[0] + "; do :: ti < " + r[1] + " -> if :: lw[ti] == " + (t + 1) + " || (lr[ti] & (1 << " + t
                    + ")) != 0 -> " + FAIL + " :: else fi; ti++ :: else -> break od; ti = 0;");
        }
    }

    /** restart_syscall(): the active references are dropped, the entry point's locals reset. */
    private void restart(Instr in) {
        for (int[] r : n.ranges(c -> p.lockKind(p.lockClassBase(c)) == LockKind.ACTIVE_REF)) {
            line("ti = " + r[0] + "; do :: ti < " + r[1] + " -> lr[ti] = lr[ti] & ~(1 << " + t
                    + "); ti++ :: else -> break od; ti = 0;");
        }
        line(zeroRange(in) + "ts[" + t + "] = " + RUN + ";");
        line(enter(in.restartTarget()) + ";");
    }

    /** Zeroes a restart's slots (the entry point's locals) that may be set. */
    private String zeroRange(Instr in) {
        StringBuilder zero = new StringBuilder();
        for (int k = in.restartSlotFrom(); k < in.restartSlotTo(); k++) {
            if (maySet.get(k)) {
                zero.append("l[").append(k).append("] = 0; ");
            }
        }
        return zero.toString();
    }

    /**
     * The local instructions reachable from {@code entries} without a step, in pc order, each labelled;
     * the code before has already jumped to the entries.
     */
    private void settle(List<Integer> entries) {
        TreeSet<Integer> local = LocalCode.region(code, entries);
        for (int pc : local) {
            try {
                local(pc, local);
            } catch (Promela.Unsupported e) {
                throw positioned(e, code.get(pc));
            }
        }
    }

    /** One local instruction of the block, labelled, as the engine runs it in a step. */
    private void local(int pc, TreeSet<Integer> local) {
        Instr in = code.get(pc);
        out.append(block).append('_').append(pc).append(":\n");
        switch (in.op()) {
            case LET -> {
                failIf(n.fault(in.value()));
                line("l[" + in.slot() + "] = " + n.expr(in.value()) + ";");
                next(pc, local);
            }
            case JUMP -> line(enter(in.target()) + ";");
            case JUMP_IF_FALSE -> {
                failIf(n.fault(in.value()));
                line("if :: " + n.expr(in.value()) + " -> " + enter(pc + 1) + " :: else -> " + enter(in.target()) + " fi;");
            }
            case NOTE -> {
                line("skip; /* note */");
                next(pc, local);
            }
            case ASSERT -> {
                failIf(n.fault(in.value()));
                line("assert(" + n.expr(in.value()) + "); /* " + Promela.comment(in.source()) + " @ "
                        + Promela.comment(in.where()) + " */");
                next(pc, local);
            }
            case ASSERT_HELD -> {
                instance(in);
                String reads = "(lr[ti] & (1 << " + t + ")) != 0";
                String writes = "lw[ti] == " + (t + 1);
                String held = in.heldMode() == Stmt.HeldMode.READ ? reads
                        : in.heldMode() == Stmt.HeldMode.WRITE ? writes : "(" + reads + " || " + writes + ")";
                line("assert(" + held + "); /* " + Promela.comment(in.source()) + " @ " + Promela.comment(in.where())
                        + " */");
                next(pc, local);
            }
            default -> throw new IllegalStateException(in.op().toString());
        }
    }

    /** Goes on to pc + 1: falls into its copy when it is written next, else jumps. */
    private void next(int pc, TreeSet<Integer> local) {
        Integer following = local.higher(pc);
        if (following == null || following != pc + 1 || code.get(pc + 1).isStep()) {
            line(enter(pc + 1) + ";");
        }
    }
}
