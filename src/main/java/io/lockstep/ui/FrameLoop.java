package io.lockstep.ui;

import io.lockstep.ui.view.TraceView;
import io.lockstep.ui.vm.SessionViewModel;
import io.lockstep.ui.vm.StepView;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * The window's heartbeat: once per frame it drains what the engine and the explorer sent (through
 * the session), then, if the shown step or its run changed, hands the step to the three views.
 * Nothing else reaches the FX thread from the background, so the engine can never flood it.
 */
final class FrameLoop extends AnimationTimer {
    private final SessionViewModel session;
    private List<TraceView> views;

    FrameLoop(SessionViewModel session, List<TraceView> views) {
        this.session = session;
        this.views = List.copyOf(views);
    }

    /** The views on screen changed (the stage came up, or went): feed these, from the shown step on. */
    void show(List<TraceView> onScreen) {
        views = List.copyOf(onScreen);
        feed();
    }

    @Override
    public void handle(long now) {
        if (session.onFrame(now)) {
            feed();
        }
    }

    private void feed() {
        StepView v = session.run().currentProperty().get();
        if (v != null) {
            for (TraceView view : views) {
                view.update(v.trace(), v.step());
            }
        }
    }
}
