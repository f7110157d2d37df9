package io.lockstep.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** What every window test needs: read on the FX thread, and wait (polling) until something holds. */
final class FxWait {
    private FxWait() {}

    /** Runs {@code read} on the FX thread and returns its value. */
    static <T> T fx(Callable<T> read) {
        return fx(read, 10);
    }

    /** The same, for work that may take longer on a busy machine (opening a window, a sample). */
    static <T> T fx(Callable<T> read, int seconds) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits until {@code condition} (read on the FX thread) holds, for at most {@code seconds}. */
    static void waitUntil(String what, Callable<Boolean> condition, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
    }
}
