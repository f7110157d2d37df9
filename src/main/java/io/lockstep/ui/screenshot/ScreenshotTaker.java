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
import io.lockstep.ui.export.Capture;
import io.lockstep.ui.export.ExportFormat;
import io.lockstep.ui.export.FrameSink;
import javafx.scene.Scene;

/**
 * Drives the window to the requested step and writes a PNG of it: it waits for the verdicts, takes
 * {@code steps} steps (or loads the shortest schedule of a kind and goes to its end), lets the
 * animations settle, then snapshots the scene. It never blocks the FX thread: each phase is checked
 * once per frame. {@code onDone} receives the exit code: 0 written, 1 failed.
 *
 * <p>An output ending in {@code .gif} is an animation of the whole run instead: once the run is
 * driven, every step from 0 to the last is shown and snapshot in turn, a frame each.
 */
public final class ScreenshotTaker extends AnimationTimer {
    private static final long SETTLE_NANOS = 1_500_000_000L;
    /** Past the screenshot's exploration limit (20 s) with room for a replay; never reached by a sample. */
    private static final long GIVE_UP_NANOS = 60_000_000_000L;

    private enum Phase { EXPLORING, DRIVING, SETTLING, ANIMATING, DONE }

    /** Pulses each GIF frame is given to show its step (the views update on the next pulse). */
    private static final int PULSES_PER_FRAME = 12;
    private static final int FRAME_DELAY_MS = 700;

    private final Capture capture;
    private final ExportFormat format;
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
    private FrameSink gif;
    private int frameStep;
    private int framePulses;

    public ScreenshotTaker(Scene scene, SessionViewModel session, Path out, Integer steps, Finding.Kind schedule,
            IntConsumer onDone, PrintStream err) {
        this(Capture.scene(scene), session, out, steps, schedule, onDone, err);
    }

    /** Drives the window as above, then writes what {@code capture} takes (by {@code out}'s extension). */
    public ScreenshotTaker(Capture capture, SessionViewModel session, Path out, Integer steps, Finding.Kind schedule,
            IntConsumer onDone, PrintStream err) {
        this.capture = capture;
        this.format = ExportFormat.of(out).orElseThrow(() -> new IllegalArgumentException(ExportFormat.unknown(out)));
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
                    if (format.animated) {
                        startAnimation(run);
                    } else {
                        shoot();
                    }
                }
            }
            case ANIMATING -> animate(run);
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

    private void startAnimation(RunViewModel run) {
        try {
            gif = FrameSink.open(out, format, FRAME_DELAY_MS);
        } catch (IOException | RuntimeException e) {
            finish(1, "lockstep: cannot write " + out + ": " + io.lockstep.ui.export.WriteProblem.describe(e));
            return;
        }
        frameStep = 0;
        framePulses = 0;
        run.seek(0);
        phase = Phase.ANIMATING;
    }

    /** One pulse of the animation: a frame once its step has been on screen for a few pulses. */
    private void animate(RunViewModel run) {
        StepView v = run.currentProperty().get();
        if (v == null || v.step() != frameStep || ++framePulses < PULSES_PER_FRAME) {
            return;
        }
        try {
            gif.add(capture.frame());
            if (frameStep >= run.recordedStepsProperty().get()) {
                int n = gif.frames();
                gif.close();
                err.println("lockstep: wrote " + n + " frames (steps 0 to " + frameStep + ") to " + out);
                finish(0, null);
                return;
            }
        } catch (IOException | RuntimeException e) {
            gif.discard();
            finish(1, "lockstep: cannot write " + out + ": " + io.lockstep.ui.export.WriteProblem.describe(e));
            return;
        }
        frameStep++;
        framePulses = 0;
        run.seek(frameStep);
    }

    private void shoot() {
        try {
            capture.writeStill(out, format);
            finish(0, null);
        } catch (IOException | RuntimeException e) {
            finish(1, "lockstep: cannot write " + out + ": " + io.lockstep.ui.export.WriteProblem.describe(e));
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
