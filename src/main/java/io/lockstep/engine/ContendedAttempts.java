package io.lockstep.engine;

import io.lockstep.event.Finding;

/**
 * The contended lock attempts a search may take ahead of every other thread's step without losing
 * a finding: the footprint check behind the explorer's partial-order reduction.
 *
 * <p>A <em>clean</em> contended attempt is thread t's ACQUIRE (not a drain) of a lock it cannot have
 * now, whose step reports nothing and changes no lock-order edge (every edge from the classes t holds
 * is already in the state's graph with a mask no wider than t's), and that nobody else can observe:
 * <ul>
 *   <li>a reader waiting blocks nobody, and neither does a writer on a class that no other thread may
 *       take for reading from where it is on ({@link StepFootprint#mayReadLock}); a writer waiting on
 *       a writer-preferring rwsem that someone may still read would block new readers (and change
 *       how their trylocks end), so it is never clean;</li>
 *   <li>t holds no lock of a class that some {@code unlock ... anyway} names, so what t holds (hence
 *       the edges and the gate mask of its attempt) cannot change while t does not move.</li>
 * </ul>
 * Such an attempt commutes with every step of the other threads: the step leaves t WAITING on the
 * same instance whenever it is taken, and the lock-order graph only grows and its masks only shrink,
 * so an attempt that changes nothing now changes nothing later either. If the holder lets go before
 * t would have tried, the reduced search needs one more step (t's wait, then its take) to reach the
 * same state, which is why the shortest schedules are found again by a targeted search.
 */
public final class ContendedAttempts {
    private final Program p;
    private final StateLayout l;
    private final Engine engine;
    private final Locks locks;
    /** Per lock class: some thread's code takes it for reading (read_lock or read_trylock). */
    private final boolean[] readSomewhere;
    /** Per lock class: some thread's code releases it with {@code unlock ... anyway}. */
    private final boolean[] unlockedAnyway;
    private final Trial trial = new Trial();
    private final StepFootprint footprint;

    public ContendedAttempts(Engine engine, StepFootprint footprint) {
        this.engine = engine;
        this.footprint = footprint;
        this.p = engine.program();
        this.l = p.layout;
        this.locks = new Locks(p);
        this.readSomewhere = new boolean[p.classes.length];
        this.unlockedAnyway = new boolean[p.classes.length];
        for (Instr[] code : p.code) {
            for (Instr in : code) {
                if ((in.op == Instr.Op.ACQUIRE || in.op == Instr.Op.TRYLOCK) && in.shared) {
                    readSomewhere[in.lockClass] = true;
                }
                if (in.op == Instr.Op.RELEASE && in.anyway) {
                    unlockedAnyway[in.lockClass] = true;
                }
            }
        }
    }

    /**
     * Whether thread {@code t}'s next step in {@code ms} is a clean contended attempt. Takes the step
     * on a copy to be sure it reports nothing and makes no edge.
     */
    public boolean isClean(MachineState ms, int t) {
        int[] s = ms.s;
        if (ms.status(t) != StateLayout.RUNNING) {
            return false;
        }
        Instr in = p.code[t][ms.pc(t)];
        if (in.op != Instr.Op.ACQUIRE || !unobservable(ms, t, in) || holdsUnlockedAnyway(s, t)) {
            return false;
        }
        int inst;
        try {
            inst = p.lockInstance(in, s, l.locals(t));
        } catch (ScenarioFault f) {
            return false; // the step reports it
        }
        if (locks.available(s, inst, in.shared, t)) {
            return false;
        }
        MachineState next = ms.copy();
        trial.clear();
        engine.step(next, t, 0, trial);
        return !trial.any && next.waitingFor(t) == inst && next.s.length == s.length;
    }

    /**
     * When thread {@code t} waits in {@code ms} on an attempt that would be clean in the state with t
     * put back before it (checked by taking the attempt again from there and getting {@code ms}
     * back, reporting nothing): that state. Otherwise null.
     */
    public MachineState beforeCleanWait(MachineState ms, int t) {
        if (ms.status(t) != StateLayout.WAITING) {
            return null;
        }
        Instr in = p.code[t][ms.pc(t)];
        if (in.op != Instr.Op.ACQUIRE || !unobservable(ms, t, in) || holdsUnlockedAnyway(ms.s, t)) {
            return null;
        }
        MachineState before = ms.copy();
        l.setThread(before.s, t, ms.pc(t), StateLayout.RUNNING);
        before.s[l.threadWait(t)] = -1;
        MachineState again = before.copy();
        trial.clear();
        engine.step(again, t, 0, trial);
        if (trial.any || !java.util.Arrays.equals(again.s, ms.s)) {
            return null;
        }
        return before;
    }

    /**
     * Whether thread {@code t}'s next step in {@code ms} reports nothing and makes no edge (taken on a
     * copy), and nothing t holds can be let go by another thread ({@code unlock ... anyway}), so that
     * an {@code assert_held} after it says the same whenever it is taken.
     */
    public boolean stepsQuietly(MachineState ms, int t) {
        if (holdsUnlockedAnyway(ms.s, t)) {
            return false;
        }
        trial.clear();
        return engine.step(ms.copy(), t, 0, trial) && !trial.any;
    }

    /** The same, and the step leaves t running or finished (it neither waits nor sleeps to restart). */
    public boolean stepsQuietlyOn(MachineState ms, int t) {
        if (holdsUnlockedAnyway(ms.s, t)) {
            return false;
        }
        trial.clear();
        MachineState next = ms.copy();
        return engine.step(next, t, 0, trial) && !trial.any
                && (next.status(t) == StateLayout.RUNNING || next.status(t) == StateLayout.DONE);
    }

    private boolean unobservable(MachineState ms, int t, Instr in) {
        return in.shared || !readSomewhere[in.lockClass] || !footprint.mayReadLock(ms, t, in.lockClass);
    }

    private boolean holdsUnlockedAnyway(int[] s, int t) {
        for (int i = 0; i < p.instanceNames.length; i++) {
            if (unlockedAnyway[p.instanceClass[i]] && locks.writer(s, i) == t) {
                return true;
            }
        }
        return false;
    }

    /** Records whether a step reported anything or changed an edge. */
    private static final class Trial implements StepListener {
        boolean any;

        void clear() {
            any = false;
        }

        @Override
        public void lockOrderEdge(int fromClass, int toClass) {
            any = true;
        }

        @Override
        public void finding(Finding f) {
            any = true;
        }
    }
}
