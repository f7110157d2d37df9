package io.lockstep.engine;

import io.lockstep.event.Finding;
import io.lockstep.event.LockReleased;
import io.lockstep.model.LockKind;
import io.lockstep.model.Stmt;

/**
 * The checks a step makes on the locks a thread holds, each reporting a violation at the
 * statement's position: sleeping in atomic context, {@code assert_held} (lockdep_assert_held() or a
 * documented rule), and the unchecked release of {@code unlock L anyway}.
 */
final class LockChecks {
    private final Program p;
    private final Locks locks;

    LockChecks(Program p, Locks locks) {
        this.p = p;
        this.locks = locks;
    }

    /** Taking a sleeping lock while holding a spinlock. */
    void sleepInAtomic(MachineState ms, int t, int inst, Instr in, StepListener out) {
        LockKind kind = p.lockKind(inst);
        if (!kind.sleeps()) {
            return;
        }
        int spin = locks.heldSpinlock(ms.s, t);
        if (spin >= 0) {
            out.finding(new Finding.Violation(Finding.ViolationKind.SLEEP_IN_ATOMIC,
                    "sleeping in atomic context: " + kind.keyword() + " " + p.instanceNames[inst]
                            + " taken while holding spinlock " + p.instanceNames[spin],
                    p.threadLabel(t), in.where));
        }
    }

    /** assert_held: lockdep_assert_held() (or a documented rule) on a lock the thread must hold. */
    void held(MachineState ms, int t, Instr in, int stepNo, StepListener out) {
        int inst = p.lockInstance(in, ms.s, p.layout.locals(t));
        boolean writes = locks.writer(ms.s, inst) == t;
        boolean reads = (locks.readers(ms.s, inst) & (1 << t)) != 0;
        boolean held = in.heldMode == Stmt.HeldMode.READ ? reads : in.heldMode == Stmt.HeldMode.WRITE ? writes
                : reads || writes;
        if (in.rule && out.wantsEvents()) {
            out.event(new io.lockstep.event.RuleChecked(stepNo, t, p.instanceNames[inst], held, in.text));
        }
        if (held) {
            return;
        }
        String mode = in.heldMode == Stmt.HeldMode.READ ? " for reading"
                : in.heldMode == Stmt.HeldMode.WRITE ? " for writing" : "";
        String what = in.rule ? "locking rule broken: " : "lockdep_assert_held() fails: ";
        String message = what + p.instanceNames[inst] + " is not held" + mode
                + (writes || reads ? " (it is held " + (writes ? "for writing" : "for reading") + ")" : "")
                + (in.text == null ? "" : " - " + in.text);
        out.finding(new Finding.Violation(in.rule ? Finding.ViolationKind.RULE_BROKEN : Finding.ViolationKind.LOCK_NOT_HELD,
                message, p.threadLabel(t), in.where));
    }

    /**
     * {@code unlock L anyway} by a thread that does not own L: mutex_unlock() clears the owner whoever
     * it is, so the owner's critical section is open to others while the owner is still inside.
     */
    void foreignUnlock(MachineState ms, int t, int inst, Instr in, int stepNo, StepListener out) {
        int owner = locks.writer(ms.s, inst);
        String name = p.instanceNames[inst];
        if (owner < 0) {
            out.finding(new Finding.Violation(Finding.ViolationKind.FOREIGN_UNLOCK, "unlock of " + name
                    + ", which no thread holds: thread \"" + p.threadLabel(t) + "\" calls mutex_unlock() on a free lock",
                    p.threadLabel(t), in.where));
            return;
        }
        out.finding(new Finding.Violation(Finding.ViolationKind.FOREIGN_UNLOCK, "unlock of a lock held by another"
                + " thread: thread \"" + p.threadLabel(t) + "\" releases " + name + ", which thread \""
                + p.threadLabel(owner) + "\" holds", p.threadLabel(t), in.where));
        locks.clearWriter(ms.s, inst);
        if (out.wantsEvents()) {
            // The owner's hold is what ends, so the timeline closes the owner's bar; the release (what
            // orders memory for the next acquirer) is the unlocker's.
            out.event(new LockReleased(stepNo, owner, name, false, t));
        }
    }
}
