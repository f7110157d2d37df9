package io.lockstep.explore;

import io.lockstep.engine.MachineState;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;

/**
 * Picks which thread takes the next step. The window's manual stepping calls the recorder
 * directly; these drive a whole run: replay of a schedule, or a seeded random walk.
 */
public interface Scheduler {
    /** The thread to run next among the enabled ones (a bit set, never 0), or -1 to stop. */
    int pick(MachineState state, int enabledMask, int step);

    /** Runs {@code recorder} with this scheduler until it stops, nothing is enabled, or {@code maxSteps}. */
    default Trace drive(TraceRecorder recorder, int maxSteps) {
        while (recorder.trace().size() < maxSteps && !recorder.stopped()) {
            int enabled = recorder.enabledMask();
            if (enabled == 0) {
                break;
            }
            int t = pick(recorder.state(), enabled, recorder.trace().size() + 1);
            if (t < 0) {
                break;
            }
            recorder.step(t);
        }
        return recorder.trace();
    }
}
