package io.lockstep.explore;

import io.lockstep.engine.ContendedAttempts;
import io.lockstep.engine.Detectors;
import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.StepFootprint;
import io.lockstep.event.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A partial-order reduction that changes no finding. Where some thread t's next step is one of
 * these, that step alone is expanded (a persistent set of one thread); elsewhere every enabled
 * thread is:
 * <ol>
 *   <li>a clean contended attempt ({@link ContendedAttempts}): a lock t cannot have now, whose
 *       attempt reports nothing, makes no edge and blocks nobody;</li>
 *   <li>a local access ({@link StepFootprint}): a read (write) of a place no other thread may write
 *       (touch) from where it is on;</li>
 *   <li>a local lock step: a lock, trylock or unlock of an instance nobody else holds or may touch
 *       from where it is on, that makes no edge and neither waits nor sleeps;</li>
 * </ol>
 * each taken on a copy first to be sure it reports nothing, by a thread holding nothing another
 * thread could let go of ({@code unlock ... anyway}).
 *
 * <p>Why nothing is lost. Take any path of the full graph from a state where t's step was expanded
 * alone. Until t moves on it, the other threads' steps are enabled and do the same with t's step
 * already taken (it touches nothing they touch, and blocks nobody), so the reduced graph has the
 * same path with t one step on in every state. When t moves, its step is the same one (a local step,
 * or a contended attempt: the state the reduced graph already has) or, for an attempt whose lock
 * was let go meanwhile, an uncontended attempt (the reduced graph has t's take from waiting: the
 * same state, one step later). Along the way the detectors see the same thing: the race check needs
 * two threads at conflicting accesses of one place, and t's place is nobody else's; finished is
 * nobody (final checks); the steps report the same (t's step reports nothing then or later: edges
 * only grow and masks only shrink, so an attempt that changes no edge now changes none later). The
 * one detector that looks at a waiting thread is the deadlock check, which reports the first
 * wait-for cycle it finds: t's extra waits can only add a cycle, but the one reported can change
 * when a state has two. So for every deadlocked state the reduced search visits,
 * {@link #hiddenDeadlocks} also asks the deadlock check about the states with some of its clean
 * waiters put back before their attempts: those are the states the full graph has and the reduced
 * one stepped past.
 *
 * <p>Cycles (restart loops): a clean attempt only turns a running thread into a waiting one, and a
 * local step is never one on a loop of its thread's statements, so no cycle of the state graph is
 * made of reduced steps alone: every cycle passes through a state whose every enabled thread was
 * expanded (the cycle proviso).
 *
 * <p>What it does lose is breadth-first order: a state can be reached a step later than in the full
 * graph, so the schedules it finds are not always shortest; {@link ShortestSchedules} finds those.
 */
public final class Reduction {
    private final int threads;
    private final ContendedAttempts attempts;
    private final StepFootprint footprint;
    private final Detectors detectors;
    private final Set<Long> seenHidden = new HashSet<>();

    public Reduction(Engine engine) {
        this.threads = engine.program().threadCount();
        this.footprint = new StepFootprint(engine.program());
        this.attempts = new ContendedAttempts(engine, footprint);
        this.detectors = new Detectors(engine);
    }

    /** Of the threads enabled in {@code ms} (a bit set), the ones to expand: one with a clean contended attempt, else all. */
    public int expand(MachineState ms, int enabled) {
        for (int t = 0; t < threads; t++) {
            if ((enabled & (1 << t)) != 0 && (footprint.isLocalAccess(ms, t) && attempts.stepsQuietly(ms, t)
                    || footprint.isLocalLockStep(ms, t) && attempts.stepsQuietlyOn(ms, t) || attempts.isClean(ms, t))) {
                return 1 << t;
            }
        }
        return enabled;
    }

    /**
     * The deadlocks of the states the reduction stepped past, not reported yet by this method: when
     * {@code ms} has a wait-for cycle, each state with a nonempty set of its clean waiters put back
     * before their attempts. Every state the reduction stepped past is among them; a state put back
     * may also be one no schedule reaches (a writer that waited since before a reader's trylock
     * failed because of it), so what this finds is checked by {@link ShortestSchedules}, whose
     * breadth-first search drops a key it does not meet.
     */
    public List<Finding.Deadlock> hiddenDeadlocks(MachineState ms) {
        if (detectors.deadlockSignature(ms) == 0) {
            return List.of();
        }
        int waiters = 0;
        for (int t = 0; t < threads; t++) {
            if (attempts.beforeCleanWait(ms, t) != null) {
                waiters |= 1 << t;
            }
        }
        List<Finding.Deadlock> out = new ArrayList<>(0);
        for (int some = waiters; some != 0; some = (some - 1) & waiters) {
            MachineState before = ms;
            for (int t = 0; t < threads && before != null; t++) {
                if ((some & (1 << t)) != 0) {
                    before = attempts.beforeCleanWait(before, t);
                }
            }
            if (before == null) {
                continue;
            }
            long signature = detectors.deadlockSignature(before);
            if (signature != 0 && seenHidden.add(signature)) {
                Finding.Deadlock dl = detectors.deadlock(before);
                if (dl != null) {
                    out.add(dl);
                }
            }
        }
        return out;
    }
}
