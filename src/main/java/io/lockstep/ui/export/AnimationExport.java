package io.lockstep.ui.export;

import io.lockstep.ui.vm.RunViewModel;
import io.lockstep.ui.vm.StepView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;

/**
 * The window's File ▸ Export of an animation: shows every recorded step from 0 in turn, takes a
 * frame of each once the views have shown it for a few pulses, and hands the frames to a
 * background thread that encodes them (GIF, or ffmpeg at the end), so the window stays live. The
 * step on screen before is shown again afterwards. {@link #cancel} stops at the next pulse and
 * leaves no file behind. {@code onDone} receives null when written, else what went wrong, on the FX thread.
 */
public final class AnimationExport extends AnimationTimer {
    /** Pulses a frame's step is on screen before it is taken (the views update on the next pulse, fades settle). */
    static final int PULSES_PER_FRAME = 12;
    static final int FRAME_DELAY_MS = 700;

    private final RunViewModel run;
    private final Node node;
    private final Path out;
    private final ExportFormat format;
    private final Consumer<String> onDone;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lockstep-export");
        t.setDaemon(true);
        return t;
    });
    private final int returnTo;
    private final int last;
    private FrameSink sink;
    private Future<?> pending;
    private int step;
    private int pulses;
    private boolean finished;

    public AnimationExport(RunViewModel run, Node node, Path out, ExportFormat format, Consumer<String> onDone) {
        this.run = run;
        this.node = node;
        this.out = out;
        this.format = format;
        this.onDone = onDone;
        StepView v = run.currentProperty().get();
        this.returnTo = v == null ? 0 : v.step();
        this.last = run.recordedStepsProperty().get();
    }

    /** Frames taken so far, over all there will be. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Opens the file and starts showing step 0; false (and {@code onDone} told why) if the file cannot be made. */
    public boolean begin() {
        try {
            sink = FrameSink.open(out, format, FRAME_DELAY_MS);
        } catch (IOException | RuntimeException e) {
            end("cannot write " + out + ": " + io.lockstep.ui.export.WriteProblem.describe(e));
            return false;
        }
        run.seek(0);
        start();
        return true;
    }

    public void cancel() {
        if (!finished) {
            end("cancelled; nothing was written");
        }
    }

    @Override
    public void handle(long now) {
        if (finished) {
            return;
        }
        StepView v = run.currentProperty().get();
        if (v == null || v.step() != step || run.isBusy() || ++pulses < PULSES_PER_FRAME
                || pending != null && !pending.isDone()) {
            return; // one frame is encoded at a time, so a slow encoder holds the window back, not its memory
        }
        javafx.scene.image.Image frame = Exporter.raster(node);
        pending = encoder.submit(() -> {
            sink.add(frame);
            return null;
        });
        progress.set((step + 1) / (double) (last + 2)); // the last share is the encoder finishing the file
        if (step >= last) {
            finished = true;
            stop();
            run.seek(returnTo);
            encoder.submit(this::close);
            return;
        }
        step++;
        pulses = 0;
        run.seek(step);
    }

    /** On the encoder thread, after the last frame: finishes the file (ffmpeg runs here for a video). */
    private void close() {
        String problem = null;
        try {
            pending.get();
            sink.close();
        } catch (Exception e) {
            sink.discard();
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            problem = "cannot write " + out + ": " + io.lockstep.ui.export.WriteProblem.describe(cause);
        }
        String said = problem;
        Platform.runLater(() -> {
            progress.set(1);
            encoder.shutdown();
            onDone.accept(said);
        });
    }

    private void end(String problem) {
        finished = true;
        stop();
        if (sink != null) {
            FrameSink s = sink;
            encoder.submit(s::discard); // after any frame still being encoded
            run.seek(returnTo);
        }
        encoder.shutdown();
        onDone.accept(problem);
    }
}
