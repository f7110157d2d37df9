package io.lockstep.ui.screenshot;

import io.lockstep.ui.compare.CompareViewModel;
import io.lockstep.ui.compare.CompareWindow;
import io.lockstep.ui.export.Capture;
import io.lockstep.ui.export.ExportFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;

/**
 * Renders the compare view to a PNG: waits until both runs are recorded and both models explored,
 * goes to the end of the schedule when one was asked for ({@code --schedule}), lets the views
 * settle, then snapshots the scene. Checked once per frame, never blocking the FX thread.
 * {@code onDone} receives the exit code: 0 written, 1 failed, 2 the comparison could not be made.
 */
public final class CompareScreenshotTaker extends AnimationTimer {
    private static final long SETTLE_NANOS = 1_500_000_000L;
    private static final long GIVE_UP_NANOS = 90_000_000_000L;

    private final CompareWindow window;
    private final Capture capture;
    private final Path out;
    private final boolean toEnd;
    private final IntConsumer onDone;
    private final PrintStream err;
    private long startedAt = -1;
    private long readyAt = -1;
    private boolean done;

    public CompareScreenshotTaker(CompareWindow window, Path out, boolean toEnd, IntConsumer onDone, PrintStream err) {
        this(window, Capture.scene(window.scene()), out, toEnd, onDone, err);
    }

    /** As above, writing what {@code capture} takes, a PNG or an SVG by {@code out}'s extension. */
    public CompareScreenshotTaker(CompareWindow window, Capture capture, Path out, boolean toEnd, IntConsumer onDone,
            PrintStream err) {
        this.window = window;
        this.capture = capture;
        this.out = out;
        this.toEnd = toEnd;
        this.onDone = onDone;
        this.err = err;
    }

    @Override
    public void handle(long now) {
        if (done) {
            return;
        }
        if (startedAt < 0) {
            startedAt = now;
        }
        CompareViewModel vm = window.viewModel();
        if (vm.failureProperty().get() != null) {
            finish(2, "lockstep: " + vm.failureProperty().get());
            return;
        }
        if (now - startedAt > GIVE_UP_NANOS) {
            finish(1, "lockstep: gave up: the comparison was not ready in " + GIVE_UP_NANOS / 1_000_000_000L + " s");
            return;
        }
        if (readyAt < 0) {
            if (vm.workingProperty().get() || vm.runsProperty().get() == null) {
                return;
            }
            if (toEnd) {
                vm.end();
            }
            readyAt = now;
        } else if (now - readyAt >= SETTLE_NANOS) {
            try {
                capture.writeStill(out, ExportFormat.of(out).orElse(ExportFormat.PNG));
                finish(0, null);
            } catch (IOException | RuntimeException e) {
                finish(1, "lockstep: cannot write " + out + ": " + io.lockstep.ui.export.WriteProblem.describe(e));
            }
        }
    }

    private void finish(int code, String message) {
        done = true;
        stop();
        if (message != null) {
            err.println(message);
        }
        onDone.accept(code);
    }
}
