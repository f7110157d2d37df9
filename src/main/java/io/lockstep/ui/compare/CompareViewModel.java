package io.lockstep.ui.compare;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The compare view's view-model: two runs of one scenario under two models and one cursor that
 * steps both. Each pane shows its run after step min(cursor, its length), so the panes stay aligned
 * step by step while the schedules agree and each goes its own way after the parting.
 *
 * <p>The work ({@link CompareJob}) runs on a background thread of its own; its news reach the
 * properties through {@code fx} (the FX thread's executor in the window, a direct one in tests).
 * Read-only properties out, commands in.
 */
public final class CompareViewModel implements AutoCloseable {
    /** At most this often a progress line goes to the FX thread (an exploration reports every few thousand states). */
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;

    private final CompareRequest request;
    private final Executor fx;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long lastProgress;

    private final ReadOnlyObjectWrapper<ComparedRuns> runs = new ReadOnlyObjectWrapper<>(this, "runs");
    private final ReadOnlyObjectWrapper<ExploredSide> exploredLeft = new ReadOnlyObjectWrapper<>(this, "exploredLeft");
    private final ReadOnlyObjectWrapper<ExploredSide> exploredRight = new ReadOnlyObjectWrapper<>(this, "exploredRight");
    private final ReadOnlyObjectWrapper<ModelContrast> contrast = new ReadOnlyObjectWrapper<>(this, "contrast");
    private final ReadOnlyObjectWrapper<StepDifferences> differences = new ReadOnlyObjectWrapper<>(this, "differences");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Loading both models…");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");

    public CompareViewModel(CompareRequest request, Executor fx) {
        this.request = request;
        this.fx = fx;
    }

    /** Starts the work on a daemon thread of its own (call once). */
    public void start() {
        Thread worker = new Thread(() -> new CompareJob(request, new News(), cancelled::get).run(), "lockstep-compare");
        worker.setDaemon(true);
        worker.start();
    }

    /** Does the work on the calling thread (tests without a screen: {@code fx} is then a direct executor). */
    public void runHere() {
        new CompareJob(request, new News(), cancelled::get).run();
    }

    public CompareRequest request() {
        return request;
    }

    public ReadOnlyObjectProperty<ComparedRuns> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExploredSide> exploredProperty(boolean right) {
        return (right ? exploredRight : exploredLeft).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ModelContrast> contrastProperty() {
        return contrast.getReadOnlyProperty();
    }

    /** What the two runs differ in at the cursor. */
    public ReadOnlyObjectProperty<StepDifferences> differencesProperty() {
        return differences.getReadOnlyProperty();
    }

    /** The shared cursor: 0 before the first step, up to the longer run's length. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** True until both sides are explored (or the work failed or was cancelled). */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why there is nothing to compare (a model the scenario does not load under), or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The step one side shows at the cursor: the cursor, or that side's last step. */
    public int stepOf(boolean right) {
        ComparedRuns r = runs.get();
        return r == null ? 0 : Math.min(step.get(), r.side(right).size());
    }

    // ---- commands

    public void stepForward() {
        seek(step.get() + 1);
    }

    public void stepBack() {
        seek(step.get() - 1);
    }

    public void home() {
        seek(0);
    }

    public void end() {
        ComparedRuns r = runs.get();
        if (r != null) {
            seek(r.length());
        }
    }

    /** Moves the cursor (clamped to the runs); both panes follow. */
    public void seek(int n) {
        ComparedRuns r = runs.get();
        if (r == null) {
            return;
        }
        int clamped = Math.max(0, Math.min(n, r.length()));
        if (clamped != step.get() || differences.get() == null) {
            step.set(clamped);
            differences.set(StepDifferences.at(r, clamped));
        }
    }

    /** Stops the explorations; the runs, if recorded, stay. */
    public void cancel() {
        if (working.get()) {
            cancelled.set(true);
            working.set(false);
            status.set("Cancelled: the badges say only what the runs on screen showed.");
        }
    }

    @Override
    public void close() {
        cancelled.set(true);
    }

    /** The job's news, handed to the FX thread. */
    private final class News implements CompareJob.Listener {
        @Override
        public void progress(String text) {
            long now = System.nanoTime();
            if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
                lastProgress = now;
                fx.execute(() -> {
                    if (working.get()) {
                        status.set(text + "…");
                    }
                });
            }
        }

        @Override
        public void runs(ComparedRuns recorded) {
            fx.execute(() -> {
                differences.set(null); // so that seek recomputes them even at an unchanged step
                runs.set(recorded);
                seek(request.startStep());
                status.set("Replaying " + recorded.origin() + ". Exploring both models…");
            });
        }

        @Override
        public void explored(ExploredSide left, ExploredSide right, ModelContrast c) {
            fx.execute(() -> {
                exploredLeft.set(left);
                exploredRight.set(right);
                contrast.set(c);
                working.set(false);
                status.set(c.complete() ? "Both models explored: every interleaving of each."
                        : "An exploration stopped at a limit: absences are not proven.");
            });
        }

        @Override
        public void failed(String message) {
            fx.execute(() -> {
                failure.set(message);
                working.set(false);
                status.set(message);
            });
        }
    }
}
