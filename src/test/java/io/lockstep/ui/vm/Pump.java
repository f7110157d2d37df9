package io.lockstep.ui.vm;

import java.util.function.BooleanSupplier;

/**
 * Drives a session without a screen: lets the engine finish what it was sent, then runs one
 * "frame" (the drain an AnimationTimer would do), until a condition holds.
 */
final class Pump {
    private final SessionViewModel session;
    private long now = 1_000_000_000L;

    Pump(SessionViewModel session) {
        this.session = session;
    }

    /** One frame, after the engine has caught up. */
    void frame() {
        try {
            session.awaitEngine();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        now += 16_666_667L;
        session.onFrame(now);
    }

    /** Frames until {@code done} holds (at most 10 s of wall time). */
    void until(BooleanSupplier done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        frame();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the session did not get there in 10 s");
            }
            frame();
            Thread.onSpinWait();
        }
        frame();
    }

    /** Frames until the engine is idle, the queue empty and the exploration done. */
    void settle() {
        until(() -> !session.run().isBusy() && session.bridgeIsEmpty()
                && !session.verdicts().exploringProperty().get());
    }

    /** Frames spanning {@code seconds} of simulated time (for playing). */
    void advance(double seconds) {
        long frames = Math.round(seconds * 60);
        for (int i = 0; i < frames; i++) {
            frame();
        }
    }
}
