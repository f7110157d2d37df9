package io.lockstep.ui.vm;

import io.lockstep.event.FindingReported;
import java.util.function.Consumer;

/**
 * The session's per-frame side: what the engine and the explorer sent since the last frame, handed
 * to the view-model each piece of news is for. The commands side (open, switch, save) lives in
 * {@link SessionViewModel}; this one only listens.
 */
final class FrameDispatch {
    private final EventBridge bridge;
    private final RunViewModel run;
    private final VerdictsViewModel verdicts;
    private final EditorViewModel editor;
    private final Consumer<String> status;

    FrameDispatch(EventBridge bridge, RunViewModel run, VerdictsViewModel verdicts, EditorViewModel editor,
            Consumer<String> status) {
        this.bridge = bridge;
        this.run = run;
        this.verdicts = verdicts;
        this.editor = editor;
        this.status = status;
    }

    /** Drains the bridge and updates the view-models; true when the shown step or its run changed. */
    boolean onFrame(long nowNanos) {
        bridge.drain(this::dispatch);
        editor.onFrame(nowNanos);
        boolean changed = run.onFrame(nowNanos);
        if (changed && run.currentProperty().get() != null) {
            verdicts.showSeen(run.currentProperty().get().seen());
        }
        return changed;
    }

    private void dispatch(EngineNews news) {
        if (news instanceof EngineNews.Happened h) {
            // A finding the engine reports while the user steps into it is announced as it happens;
            // one inside a loaded schedule is not, or it would give away the end of the story.
            if (h.run() == run.runId() && h.event() instanceof FindingReported f && run.awaitingStep()) {
                status.accept("Step " + f.step() + ": " + f.finding().summary());
            }
        } else if (news instanceof EngineNews.CommandDone done) {
            run.onCommandDone(done);
        } else if (news instanceof EngineNews.EngineFailed failed) {
            run.onEngineFailed(failed);
            status.accept("The engine failed (" + failed.message() + "); please report it. The run so far stays on screen.");
        } else {
            verdicts.onNews(news);
        }
    }
}
