package io.lockstep.explore;

import io.lockstep.engine.MachineState;
import java.util.function.IntPredicate;

/**
 * The default next-thread policy, as the window's "step" and {@code --steps N} use it: the
 * lowest-numbered runnable thread, except that a thread asleep before a restart goes last. Without
 * that exception a thread that keeps failing a trylock would keep restarting while the thread it
 * waits for never runs, and a run would spin forever. Plain Java, so that the command line can use
 * the window's policy without JavaFX.
 */
public final class NextThreadScheduler implements Scheduler {
    /** The thread to step, or -1 when none can. */
    public static int pick(int threadCount, IntPredicate enabled, IntPredicate sleeping) {
        int sleeper = -1;
        for (int t = 0; t < threadCount; t++) {
            if (!enabled.test(t)) {
                continue;
            }
            if (!sleeping.test(t)) {
                return t;
            }
            if (sleeper < 0) {
                sleeper = t;
            }
        }
        return sleeper;
    }

    @Override
    public int pick(MachineState state, int enabledMask, int step) {
        // Threads above the highest enabled one cannot be picked, so they need not be asked whether they sleep.
        return pick(Integer.SIZE - Integer.numberOfLeadingZeros(enabledMask), t -> (enabledMask & (1 << t)) != 0, state::isSleeping);
    }
}
