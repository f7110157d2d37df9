package io.lockstep.ui.vm;

import io.lockstep.lang.Loaded;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The editor's check of one text, run on a daemon thread of its own so that the FX thread only
 * starts it and, a frame later, collects it. At most one is followed at a time; the thread ends
 * when idle, so a closed window leaves nothing behind. Used from the FX thread only.
 */
final class BackgroundCheck {
    /** A check of {@code text}; {@code load} is done when it is handed out. */
    record Result(String text, Future<Loaded> load) {}

    private final ThreadPoolExecutor executor;
    private Result current;

    BackgroundCheck(String threadName) {
        executor = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    void start(String text, Supplier<Loaded> load) {
        current = new Result(text, executor.submit(load::get));
    }

    /** Whether a check was started and its result not handed out yet. */
    boolean running() {
        return current != null;
    }

    /** The check that has finished since the last call, once. */
    Optional<Result> finished() {
        if (current == null || !current.load().isDone()) {
            return Optional.empty();
        }
        Result done = current;
        current = null;
        return Optional.of(done);
    }

    /** Forgets the check under way: it finishes unobserved (its text was checked some other way). */
    void drop() {
        current = null;
    }
}
