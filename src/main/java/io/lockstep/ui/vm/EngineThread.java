package io.lockstep.ui.vm;

import io.lockstep.engine.Program;
import io.lockstep.event.EventBus;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that runs the engine for the window. A {@link TraceRecorder} is not thread-safe,
 * so it lives here and nowhere else; the FX thread only sends commands and reads the (append-only)
 * trace. Events go to the bus as they happen, on this thread; each command ends with a
 * {@link EngineNews.CommandDone} on the bridge.
 *
 * <p>Commands name the run they are for, and a command for a run that a newer {@link #start}
 * replaced is dropped: a key pressed just before a release switch must not step the new run.
 */
public final class EngineThread implements AutoCloseable {
    /** As the thread of {@link #step}: let {@link io.lockstep.explore.NextThreadScheduler} choose. */
    public static final int NEXT = -1;

    private final ExecutorService executor = DaemonThreads.single("lockstep-engine");
    private final EventBus bus;
    private final EventBridge bridge;
    /** The run whose events are being published; read by the bridge's subscriber on this thread. */
    private volatile long recordingRun = -1;
    private volatile boolean publishing = true;

    // Confined to the engine thread.
    private long run = -1;
    private Program program;
    private TraceRecorder recorder;

    public EngineThread(EventBus bus, EventBridge bridge) {
        this.bus = bus;
        this.bridge = bridge;
        bridge.listen(bus, () -> recordingRun);
    }

    /** Starts run {@code run} of {@code program} and replays {@code schedule} on it (empty: start at step 0). */
    public void start(long run, Program program, List<Integer> schedule) {
        List<Integer> steps = List.copyOf(schedule);
        submit(run, () -> {
            this.run = run;
            this.program = program;
            recordingRun = run;
            recorder = newRecorder();
            new ReplayScheduler(steps).drive(recorder, steps.size());
            done(EngineNews.Command.START, false);
        });
    }

    /**
     * Run {@code run} takes one step right after step {@code base}: of {@code thread}, or of the
     * thread {@link io.lockstep.explore.NextThreadScheduler} picks. If the run had gone further than {@code base} (the user
     * stepped back), the steps after {@code base} are dropped first.
     */
    public void step(long run, int base, int thread) {
        submit(run, () -> {
            if (run != this.run || recorder == null) {
                return; // superseded by a newer start: the window no longer shows that run
            }
            Trace trace = recorder.trace();
            if (base > trace.size()) {
                done(EngineNews.Command.STEP, false);
                return;
            }
            if (base < trace.size()) {
                truncate(trace.schedule().subList(0, base));
            }
            int t = thread == NEXT ? pickNext() : thread;
            boolean stepped = t >= 0 && recorder.canStep(t);
            if (stepped) {
                recorder.step(t);
            }
            done(EngineNews.Command.STEP, stepped);
        });
    }

    /** Records the kept prefix again; its events are not published again, the window has seen them. */
    private void truncate(List<Integer> prefix) {
        publishing = false;
        try {
            recorder = newRecorder();
            new ReplayScheduler(prefix).drive(recorder, prefix.size());
        } finally {
            publishing = true;
        }
    }

    private TraceRecorder newRecorder() {
        return new TraceRecorder(program, e -> {
            if (publishing) {
                bus.publish(e);
            }
        });
    }

    private int pickNext() {
        var state = recorder.state();
        return io.lockstep.explore.NextThreadScheduler.pick(program.threadCount(), recorder::canStep, state::isSleeping);
    }

    private void done(EngineNews.Command command, boolean stepped) {
        bridge.post(new EngineNews.CommandDone(run, command, recorder.trace(), stepped, recorder.stopped()));
    }

    private void submit(long forRun, Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException | StackOverflowError e) {
                // A bug of ours must reach the user as a message, and the engine thread must live on.
                bridge.post(new EngineNews.EngineFailed(forRun, String.valueOf(e)));
            }
        });
    }

    /** Waits until every command sent so far has run (for tests and screenshots; never on the FX thread). */
    public void awaitIdle() throws InterruptedException {
        java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
        executor.execute(latch::countDown);
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the engine thread did not finish its commands in 30 s");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
