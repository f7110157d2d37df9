package io.lockstep.engine;

import io.lockstep.event.LockReleased;
import io.lockstep.event.StepTaken;
import io.lockstep.event.ThreadRestarted;
import io.lockstep.model.LockKind;

/**
 * restart_syscall(): how a thread whose trylock failed (or that reached a {@code restart}
 * statement) issues its write() again. The kernel returns -ERESTARTNOINTR, kernfs_fop_write()
 * drops the file's active references on the way out, and the entry-point call starts over.
 */
final class SyscallRestart {
    private final Program p;
    private final StateLayout l;
    private final Locks locks;

    SyscallRestart(Program program, Locks locks) {
        this.p = program;
        this.l = program.layout;
        this.locks = locks;
    }

    /** A restarted syscall must have dropped every lock but its active references (the restart drops those). */
    void checkNothingHeld(int[] s, int t) {
        int kept = locks.firstHeldExceptActiveRefs(s, t);
        if (kept >= 0) {
            throw new ScenarioFault("restart while holding " + p.instanceNames[kept]
                    + " (a restarted syscall must have dropped every lock)");
        }
    }

    /**
     * Drops the thread's kernfs active references and starts its entry-point call over with its
     * locals reset; whatever the thread did before that call stays done.
     */
    void restart(MachineState ms, int t, int stepNo, StepListener out) {
        Instr trylock = p.code[t][ms.pc(t)]; // a failed trylock ... else restart, or a restart statement
        Instr entry = p.code[t][trylock.restartTarget];
        if (out.wantsEvents() && trylock.op == Instr.Op.TRYLOCK) {
            out.event(new StepTaken(stepNo, t, "restart (the syscall is issued again)", entry.at, entry.stack));
        }
        int[] s = ms.s;
        for (int i = 0; i < p.instanceNames.length; i++) {
            if (p.lockKind(i) == LockKind.ACTIVE_REF && (locks.readers(s, i) & (1 << t)) != 0) {
                locks.release(s, i, t, true, p.threadLabel(t));
                if (out.wantsEvents()) {
                    out.event(new LockReleased(stepNo, t, p.instanceNames[i], true));
                }
            }
        }
        if (out.wantsEvents()) {
            out.event(new ThreadRestarted(stepNo, t));
        }
        l.zeroLocals(s, t, trylock.restartSlotFrom, trylock.restartSlotTo);
        l.setThread(s, t, trylock.restartTarget, StateLayout.RUNNING);
    }
}
