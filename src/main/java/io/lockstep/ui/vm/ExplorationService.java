package io.lockstep.ui.vm;

import io.lockstep.engine.Program;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Explores every interleaving of the program on screen, on its own background thread (not the
 * engine's: a long exploration must not hold up stepping). Progress and the result go to the
 * bridge. Starting a new exploration cancels the one before, whose result is then dropped.
 */
public final class ExplorationService implements AutoCloseable {
    /** Enough for every sample by orders of magnitude; the user can cancel sooner. */
    public static final Limits WINDOW_LIMITS = new Limits(20_000_000, Duration.ofMinutes(10));
    /**
     * A screenshot waits for the verdicts before it drives the window, so it explores for at most
     * this long (every sample needs milliseconds); past it the verdict bar shows "not settled"
     * instead of the screenshot hanging on a scenario with millions of states.
     */
    public static final Limits SCREENSHOT_LIMITS = new Limits(5_000_000, Duration.ofSeconds(20));

    private final ExecutorService executor = DaemonThreads.single("lockstep-explorer");
    private final EventBridge bridge;
    private final Limits limits;
    /** The exploration that counts; an older one sees it changed and stops. */
    private final AtomicLong current = new AtomicLong();

    public ExplorationService(EventBridge bridge, Limits limits) {
        this.bridge = bridge;
        this.limits = limits;
    }

    /** Starts exploring {@code program}; returns the exploration's number, which its news carry. */
    public long start(Program program) {
        long id = current.incrementAndGet();
        executor.execute(() -> explore(id, program));
        return id;
    }

    /** Stops the running exploration; its result arrives marked incomplete ("cancelled"). */
    public void cancel() {
        current.incrementAndGet();
    }

    private void explore(long id, Program program) {
        if (current.get() != id) {
            return; // replaced before it started
        }
        Progress progress = new Progress() {
            @Override
            public void update(long states, long transitions, long frontier, int depth) {
                bridge.post(new EngineNews.ExplorationProgress(id, states, transitions, depth));
            }

            @Override
            public boolean cancelled() {
                return current.get() != id;
            }
        };
        try {
            ExplorationResult result = new Explorer(program).explore(limits, progress);
            bridge.post(new EngineNews.ExplorationDone(id, result));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            bridge.post(new EngineNews.ExplorationFailed(id, String.valueOf(e)));
        }
    }

    @Override
    public void close() {
        current.incrementAndGet();
        executor.shutdownNow();
    }
}
