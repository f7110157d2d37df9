package io.lockstep.ui.screenshot;

import io.lockstep.event.Finding;
import io.lockstep.ui.vm.RunViewModel;
import io.lockstep.ui.vm.SessionViewModel;
import io.lockstep.ui.vm.StepView;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Drives the window to the requested step and writes a PNG of it: it waits for the verdicts, takes
 * {@code steps} steps (or loads the shortest schedule of a kind and goes to its end), lets the
 * animations settle, then snapshots the scene. It never blocks the FX thread: each phase is checked
 * once per frame. {@code onDone} receives the exit code: 0 written, 1 failed.
 */
public final class ScreenshotTaker extends AnimationTimer {
    private static final long SETTLE_NANOS = 1_500_000_000L;
    /** Past the screenshot's exploration limit (20 s) with room for a replay; never reached by a sample. */
    private static final long GIVE_UP_NANOS = 60_000_000_000L;

    private enum Phase { EXPLORING, DRIVING, SETTLING, DONE }

    private final Scene scene;
    private final SessionViewModel session;
    private final Path out;
    private final Integer steps;
    private final Finding.Kind schedule;
    private final IntConsumer onDone;
    private final PrintStream err;
    private Phase phase = Phase.EXPLORING;
    private long startedAt = -1;
    private long settleFrom;
    private boolean asked;

    public ScreenshotTaker(Scene scene, SessionViewModel session, Path out, Integer steps, Finding.Kind schedule,
            IntConsumer onDone, PrintStream err) {
        this.scene = scene;
        this.session = session;
        this.out = out;
        this.steps = steps;
        this.schedule = schedule;
        this.onDone = onDone;
        this.err = err;
    }

    @Override
    public void handle(long now) {
        if (startedAt < 0) {
            startedAt = now;
        }
        if (now - startedAt > GIVE_UP_NANOS && phase != Phase.DONE) {
            finish(1, "lockstep: gave up: the window did not reach the requested step in "
                    + GIVE_UP_NANOS / 1_000_000_000L + " s");
            return;
        }
        RunViewModel run = session.run();
        switch (phase) {
            case EXPLORING -> {
                if (!session.verdicts().exploringProperty().get() && run.currentProperty().get() != null
                        || nothingToRun(run)) {
                    phase = Phase.DRIVING;
                }
            }
            case DRIVING -> {
                if (drive(run)) {
                    phase = Phase.SETTLING;
                    settleFrom = now;
                }
            }
            case SETTLING -> {
                if (run.isBusy() || session.editor().checkPending()) {
                    settleFrom = now;
                } else if (now - settleFrom >= SETTLE_NANOS) {
                    shoot();
                }
            }
            case DONE -> stop();
        }
    }

    /** A file with errors opened in the editor: no run will come, the picture is of its errors. */
    private boolean nothingToRun(RunViewModel run) {
        return run.program() == null && session.editor().openProperty().get() && !session.editor().checkPending();
    }

    /** One frame's worth of driving; true once the requested step is on screen. */
    private boolean drive(RunViewModel run) {
        if (nothingToRun(run)) {
            return true;
        }
        if (run.isBusy()) {
            return false;
        }
        StepView v = run.currentProperty().get();
        if (schedule != null) {
            if (!asked) {
                asked = true;
                String before = run.originProperty().get();
                session.find(schedule);
                if (run.isBusy() || !run.originProperty().get().equals(before)) {
                    return false;
                }
                err.println("lockstep: " + session.statusProperty().get() + " The screenshot shows step 0.");
                return true;
            }
            run.end();
            return v != null && v.atEnd() && run.shownStepProperty().get() == run.recordedStepsProperty().get();
        }
        int wanted = steps == null ? 0 : steps;
        if (v == null || run.shownStepProperty().get() >= wanted) {
            return true;
        }
        if (v.atEnd() && v.nextThread() < 0) {
            err.println("lockstep: the run ends after " + v.step() + " steps (" + v.nextReason()
                    + "); the screenshot shows that step");
            return true;
        }
        run.stepForward();
        return false;
    }

    private void shoot() {
        try {
            PngWriter.write(scene, out);
            finish(0, null);
        } catch (IOException | RuntimeException e) {
            finish(1, "lockstep: cannot write " + out + ": " + e.getMessage());
        }
    }

    private void finish(int code, String message) {
        if (message != null) {
            err.println(message);
        }
        phase = Phase.DONE;
        stop();
        onDone.accept(code);
    }
}
