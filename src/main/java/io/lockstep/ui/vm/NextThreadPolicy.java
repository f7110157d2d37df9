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
}
