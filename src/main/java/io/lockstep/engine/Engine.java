package io.lockstep.engine;

import io.lockstep.event.BlockStateChanged;
import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.LockAcquired;
import io.lockstep.event.LockContended;
import io.lockstep.event.LockReleased;
import io.lockstep.event.Narration;
import io.lockstep.event.PlaceRead;
import io.lockstep.event.PlaceWritten;
import io.lockstep.event.StepTaken;
import io.lockstep.event.ThreadFinished;
import io.lockstep.event.TrylockFailed;
import io.lockstep.model.BlockState;
import java.util.ArrayList;
import java.util.List;

/**
 * The transition function: {@code step(state, thread)} performs one scheduling step of one thread,
 * then runs that thread's local statements up to its next step, and reports what happened.
 * Deterministic: the same state and thread always give the same state and events.
 */
public final class Engine {
    private final Program p;
    private final StateLayout l;
    private final Locks locks;
    private final LockOrderGraph order;
    private final LockChecks checks;
    private final StepText text;
    private final SyscallRestart restarts;

    public Engine(Program program) {
        this.p = program;
        this.l = program.layout;
        this.locks = new Locks(program);
        this.order = new LockOrderGraph(program);
        this.checks = new LockChecks(program, locks);
        this.text = new StepText(program);
        this.restarts = new SyscallRestart(program, locks);
    }

    public Program program() {
        return p;
    }

    /**
     * The state before the first step: every thread has run its leading local statements. Returns
     * null (after reporting the runtime error) when one of them fails.
     */
    public MachineState initialState(StepListener out) {
        MachineState ms = new MachineState(p, p.initial.clone());
        for (int t = 0; t < p.threadCount(); t++) {
            try {
                settle(ms, t, 0, out);
            } catch (ScenarioFault f) {
                out.finding(fault(f, t, ms.pc(t)));
                return null;
            }
        }
        return ms;
    }

    /** The state from the memory layout alone, before any thread ran (for showing a run that failed at once). */
    public MachineState layoutOnlyState() {
        return new MachineState(p, p.initial.clone());
    }

    /** Whether thread {@code t} can take a step now. */
    public boolean isEnabled(MachineState ms, int t) {
        int word = ms.s[l.threadWord(t)];
        return switch (word >>> StateLayout.STATUS_SHIFT) {
            case StateLayout.RUNNING, StateLayout.SLEEPING -> true;
            case StateLayout.WAITING -> locks.available(ms.s, ms.s[l.threadWait(t)],
                    p.code[t][word & StateLayout.PC_MASK].shared, t);
            default -> false;
        };
    }

    /** The enabled threads as a bit set. */
    public int enabledMask(MachineState ms) {
        int mask = 0;
        for (int t = 0; t < p.threadCount(); t++) {
            if (isEnabled(ms, t)) {
                mask |= 1 << t;
            }
        }
        return mask;
    }

    public boolean allDone(MachineState ms) {
        for (int t = 0; t < p.threadCount(); t++) {
            if (!ms.isDone(t)) {
                return false;
            }
        }
        return true;
    }

    /** Convenience for tests and tools: one step, returning its events and findings (as events). */
    public List<Event> step(MachineState ms, int t, int stepNo) {
        List<Event> events = new ArrayList<>();
        step(ms, t, stepNo, new StepListener() {
            @Override
            public boolean wantsEvents() {
                return true;
            }

            @Override
            public void event(Event e) {
                events.add(e);
            }

            @Override
            public void finding(Finding f) {
                events.add(new io.lockstep.event.FindingReported(stepNo, f));
            }
        });
        return events;
    }

    /**
     * Takes one step of thread {@code t}, which must be enabled, changing {@code ms} in place.
     * Returns false when a runtime error of the scenario stopped the execution (it was reported).
     */
    public boolean step(MachineState ms, int t, int stepNo, StepListener out) {
        int pc = ms.pc(t);
        try {
            int status = ms.status(t);
            if (status == StateLayout.SLEEPING) {
                restarts.restart(ms, t, stepNo, out);
            } else {
                Instr in = p.code[t][pc];
                if (out.wantsEvents()) {
                    out.event(new StepTaken(stepNo, t, text.render(ms, t, in), in.at, in.stack));
                }
                if (!perform(ms, t, in, status == StateLayout.WAITING, stepNo, out)) {
                    return true;
                }
            }
            settle(ms, t, stepNo, out);
            return true;
        } catch (ScenarioFault f) {
            out.finding(fault(f, t, pc));
            return false;
        }
    }

    private Finding.RuntimeError fault(ScenarioFault f, int t, int pc) {
        Instr in = p.code[t][Math.min(pc, p.code[t].length - 1)];
        return new Finding.RuntimeError(f.getMessage(), p.threadLabel(t), in.where);
    }

    /** Performs the step instruction; returns false when the thread stays where it is (waiting, sleeping). */
    private boolean perform(MachineState ms, int t, Instr in, boolean wasWaiting, int stepNo, StepListener out) {
        int[] s = ms.s;
        int locals = l.locals(t);
        switch (in.op) {
            case ACQUIRE -> {
                int inst = wasWaiting ? s[l.threadWait(t)] : p.lockInstance(in, s, locals);
                if (!wasWaiting) {
                    checks.sleepInAtomic(ms, t, inst, in, out);
                    order.onAttempt(ms, t, inst, in.shared, stepNo, out);
                    s = ms.s;
                }
                if (waits(ms, t, inst, in.shared, stepNo, out)) {
                    return false;
                }
                locks.take(s, inst, t, in.shared);
                if (out.wantsEvents()) {
                    out.event(new LockAcquired(stepNo, t, p.instanceNames[inst], in.shared, false));
                }
            }
            case RELEASE -> {
                int inst = p.lockInstance(in, s, locals);
                if (in.anyway && locks.writer(s, inst) != t) {
                    checks.foreignUnlock(ms, t, inst, in, stepNo, out);
                } else {
                    locks.release(s, inst, t, in.shared, p.threadLabel(t));
                    if (out.wantsEvents()) {
                        out.event(new LockReleased(stepNo, t, p.instanceNames[inst], in.shared));
                    }
                }
            }
            case TRYLOCK -> {
                int inst = p.lockInstance(in, s, locals);
                if (locks.available(s, inst, in.shared, t)) {
                    locks.take(s, inst, t, in.shared);
                    if (out.wantsEvents()) {
                        out.event(new LockAcquired(stepNo, t, p.instanceNames[inst], in.shared, true));
                    }
                } else if (in.restartOnFail) {
                    restarts.checkNothingHeld(s, t);
                    l.setThread(s, t, ms.pc(t), StateLayout.SLEEPING);
                    l.zeroLocals(s, t, in.restartSlotFrom, in.restartSlotTo);
                    if (out.wantsEvents()) {
                        out.event(new TrylockFailed(stepNo, t, p.instanceNames[inst], true));
                    }
                    return false;
                } else {
                    if (out.wantsEvents()) {
                        out.event(new TrylockFailed(stepNo, t, p.instanceNames[inst], false));
                    }
                    l.setThread(s, t, in.target, StateLayout.RUNNING);
                    return true;
                }
            }
            case DRAIN -> {
                int inst = wasWaiting ? s[l.threadWait(t)] : p.lockInstance(in, s, locals);
                if (!wasWaiting) {
                    // kernfs_deactivate(): from now on kernfs_get_active() fails; then kernfs_drain()
                    // orders it after every lock held, as lockdep's rwsem_acquire() does.
                    locks.deactivate(s, inst);
                    order.onAttempt(ms, t, inst, false, stepNo, out);
                    s = ms.s;
                }
                if (waits(ms, t, inst, false, stepNo, out)) {
                    return false;
                }
                if (out.wantsEvents()) {
                    out.event(new LockAcquired(stepNo, t, p.instanceNames[inst], false, false));
                    out.event(new LockReleased(stepNo, t, p.instanceNames[inst], false));
                }
            }
            case ACTIVATE -> locks.activate(s, p.lockInstance(in, s, locals));
            case RESTART -> {
                restarts.checkNothingHeld(s, t);
                restarts.restart(ms, t, stepNo, out);
                return true;
            }
            case READ -> {
                int off = in.place.offset(p, s, locals);
                s[locals + in.slot] = s[off];
                if (out.wantsEvents()) {
                    out.event(new PlaceRead(stepNo, t, p.placeName(off), s[off]));
                }
            }
            case WRITE -> {
                int off = in.place.offset(p, s, locals);
                int value = checkedInt(in.value.eval(s, locals));
                if (in.place.kind == io.lockstep.model.Place.Kind.BLOCK_STATE && (value < 0 || value > 3)) {
                    throw new ScenarioFault("block state " + value + " is not absent, offline, going_offline or online");
                }
                int before = s[off];
                s[off] = value;
                if (out.wantsEvents()) {
                    out.event(new PlaceWritten(stepNo, t, p.placeName(off), before, value));
                }
            }
            case SET_BLOCK -> {
                int b = p.checkBlock(in.index.eval(s, locals));
                int before = s[l.blockState(b)];
                if (in.blockState == null && in.zone < 0) {
                    throw new ScenarioFault("zone " + in.text + " is not in the memory layout, so block " + b
                            + " cannot be onlined into it");
                }
                if (in.blockState != null) {
                    s[l.blockState(b)] = in.blockState.code();
                }
                if (in.zone >= 0) {
                    s[l.blockZone(b)] = in.zone;
                }
                if (out.wantsEvents()) {
                    String state = BlockState.fromCode(s[l.blockState(b)]).keyword();
                    out.event(new BlockStateChanged(stepNo, t, b, BlockState.fromCode(before).keyword(), state,
                            p.zoneNames[s[l.blockZone(b)]]));
                }
            }
            default -> throw new IllegalStateException("not a step: " + in.op);
        }
        l.setThread(ms.s, t, ms.pc(t) + 1, StateLayout.RUNNING);
        return true;
    }

    /**
     * Leaves thread {@code t} waiting for {@code inst} when it cannot have it now (the attempt was its
     * step); returns whether it waits.
     */
    private boolean waits(MachineState ms, int t, int inst, boolean shared, int stepNo, StepListener out) {
        int[] s = ms.s;
        if (locks.available(s, inst, shared, t)) {
            s[l.threadWait(t)] = -1;
            return false;
        }
        l.setThread(s, t, ms.pc(t), StateLayout.WAITING);
        s[l.threadWait(t)] = inst;
        if (out.wantsEvents()) {
            out.event(new LockContended(stepNo, t, p.instanceNames[inst], shared, ms.holders(inst)));
        }
        return true;
    }

    /** Runs local statements until the thread rests at a step or ends; then forgets dead locals. */
    private void settle(MachineState ms, int t, int stepNo, StepListener out) {
        int[] s = ms.s;
        int locals = l.locals(t);
        int pc = ms.pc(t);
        while (true) {
            Instr in = p.code[t][pc];
            if (in.isStep()) {
                break;
            }
            switch (in.op) {
                case LET -> {
                    s[locals + in.slot] = checkedInt(in.value.eval(s, locals));
                    pc++;
                }
                case JUMP -> pc = in.target;
                case JUMP_IF_FALSE -> pc = in.value.eval(s, locals) == 0 ? in.target : pc + 1;
                case NOTE -> {
                    if (out.wantsEvents()) {
                        out.event(new Narration(stepNo, t, in.text));
                    }
                    pc++;
                }
                case ASSERT -> {
                    if (in.value.eval(s, locals) == 0) {
                        out.finding(new Finding.Violation(Finding.ViolationKind.ASSERT, "assert failed: " + in.text,
                                p.threadLabel(t), in.where));
                    }
                    pc++;
                }
                case ASSERT_HELD -> {
                    checks.held(ms, t, in, stepNo, out);
                    pc++;
                }
                case END -> {
                    l.setThread(s, t, pc, StateLayout.DONE);
                    zero(s, t, null);
                    if (out.wantsEvents()) {
                        out.event(new ThreadFinished(stepNo, t));
                    }
                    return;
                }
                default -> throw new IllegalStateException(in.op.toString());
            }
        }
        l.setThread(s, t, pc, StateLayout.RUNNING);
        zero(s, t, p.deadSlots[t][pc]);
    }

    /** Zeroes the given local slots of a thread, or all of them when {@code slots} is null. */
    private void zero(int[] s, int t, int[] slots) {
        int locals = l.locals(t);
        if (slots == null) {
            java.util.Arrays.fill(s, locals, locals + p.localsPerThread[t], 0);
        } else {
            for (int slot : slots) {
                s[locals + slot] = 0;
            }
        }
    }

    private static int checkedInt(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new ScenarioFault("value " + v + " does not fit in a 32-bit int");
        }
        return (int) v;
    }

}
