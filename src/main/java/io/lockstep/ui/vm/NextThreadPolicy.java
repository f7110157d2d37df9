package io.lockstep.ui.vm;

import java.util.function.IntPredicate;

/**
 * Which thread "step" moves when nothing is recorded ahead: the lowest-numbered runnable thread,
 * except that a thread asleep before a restart goes last. Without that exception, a thread that
 * keeps failing a trylock would keep restarting while the thread it waits for never runs, and
 * "play" would spin forever.
 */
public final class NextThreadPolicy {
    private NextThreadPolicy() {}

    /** The thread to step, or -1 when none can. */
    public static int pick(int threadCount, IntPredicate enabled, IntPredicate sleeping) {
        // The policy itself lives in explore, so that the command line's --steps takes the same steps.
        return io.lockstep.explore.NextThreadScheduler.pick(threadCount, enabled, sleeping);
    }
}
