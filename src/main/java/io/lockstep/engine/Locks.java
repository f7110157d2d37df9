package io.lockstep.engine;

import io.lockstep.model.LockKind;

/**
 * The lock word of one instance: who holds it and whether a thread may take it now. Locks are not
 * fair and not recursive; rwsems and percpu rwsems prefer writers (a reader arriving while a writer
 * waits blocks).
 */
final class Locks {
    private final Program p;
    private final StateLayout l;
    private final int[] spinlocks;

    Locks(Program p) {
        this.p = p;
        this.l = p.layout;
        this.spinlocks = java.util.stream.IntStream.range(0, p.instanceNames.length)
                .filter(i -> p.lockKind(i) == LockKind.SPINLOCK).toArray();
    }

    int writer(int[] s, int inst) {
        return (s[l.lock(inst)] & StateLayout.WRITER_MASK) - 1;
    }

    int readers(int[] s, int inst) {
        return (s[l.lock(inst)] >>> StateLayout.WRITER_BITS) & StateLayout.READERS_MASK;
    }

    /**
     * Whether thread {@code t} may take {@code inst} now. A thread never gets a lock it already holds,
     * not even a second read hold: locks are not recursive (lockdep flags recursive reads of an rwsem
     * too, since a writer arriving in between deadlocks them).
     */
    boolean available(int[] s, int inst, boolean shared, int t) {
        int word = s[l.lock(inst)];
        if ((word & StateLayout.WRITER_MASK) != 0) {
            return false;
        }
        if (!shared) {
            // exclusive, or a drain: nobody holds it (the deactivated flag does not count as a holder)
            return (word & ~StateLayout.DEACTIVATED) == 0;
        }
        return (word & (StateLayout.DEACTIVATED | 1 << (StateLayout.WRITER_BITS + t))) == 0 && !writerWaiting(s, inst);
    }

    void deactivate(int[] s, int inst) {
        s[l.lock(inst)] |= StateLayout.DEACTIVATED;
    }

    void activate(int[] s, int inst) {
        s[l.lock(inst)] &= ~StateLayout.DEACTIVATED;
    }

    /** Drops the exclusive hold of whoever has it (mutex_unlock() by a thread that is not the owner). */
    void clearWriter(int[] s, int inst) {
        s[l.lock(inst)] &= ~StateLayout.WRITER_MASK;
    }

    /** The first lock the thread holds that is not an active reference, or -1. */
    int firstHeldExceptActiveRefs(int[] s, int t) {
        for (int i = 0; i < p.instanceNames.length; i++) {
            if (p.lockKind(i) != LockKind.ACTIVE_REF && (writer(s, i) == t || (readers(s, i) & (1 << t)) != 0)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether some thread has tried to take {@code inst} for writing and waits for it. */
    boolean writerWaiting(int[] s, int inst) {
        for (int t = 0; t < p.threadCount(); t++) {
            if (isWaitingWriter(s, t, inst)) {
                return true;
            }
        }
        return false;
    }

    boolean isWaitingWriter(int[] s, int t, int inst) {
        int word = s[l.threadWord(t)];
        return word >>> StateLayout.STATUS_SHIFT == StateLayout.WAITING && s[l.threadWait(t)] == inst
                && !p.code[t][word & StateLayout.PC_MASK].shared;
    }

    void take(int[] s, int inst, int t, boolean shared) {
        if (shared) {
            s[l.lock(inst)] |= 1 << (StateLayout.WRITER_BITS + t);
        } else {
            s[l.lock(inst)] = (s[l.lock(inst)] & ~StateLayout.WRITER_MASK) | (t + 1);
        }
    }

    /** Releases; throws a scenario fault naming the mistake when the thread does not hold it that way. */
    void release(int[] s, int inst, int t, boolean shared, String thread) {
        boolean writes = writer(s, inst) == t;
        boolean reads = (readers(s, inst) & (1 << t)) != 0;
        String name = p.instanceNames[inst];
        if (shared && reads) {
            s[l.lock(inst)] &= ~(1 << (StateLayout.WRITER_BITS + t));
        } else if (!shared && writes) {
            s[l.lock(inst)] &= ~StateLayout.WRITER_MASK;
        } else if (shared && writes) {
            throw new ScenarioFault("read_unlock of " + name + ", which thread \"" + thread
                    + "\" holds for writing (use unlock)");
        } else if (!shared && reads) {
            throw new ScenarioFault("unlock of " + name + ", which thread \"" + thread
                    + "\" holds for reading (use read_unlock)");
        } else {
            throw new ScenarioFault((shared ? "read_unlock" : "unlock") + " of " + name + ", which thread \""
                    + thread + "\" does not hold");
        }
    }

    /** A spinlock the thread holds, or -1: taking a sleeping lock then is sleeping in atomic context. */
    int heldSpinlock(int[] s, int t) {
        for (int i : spinlocks) {
            if (writer(s, i) == t) {
                return i;
            }
        }
        return -1;
    }
}
