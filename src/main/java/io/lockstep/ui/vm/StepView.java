package io.lockstep.ui.vm;

import io.lockstep.engine.MachineState;
import io.lockstep.event.Finding;
import io.lockstep.trace.Trace;
import java.util.List;
import java.util.Set;

/**
 * Everything the window shows about one step of one run, computed once per frame when the step
 * or the run changed. {@code nextThread} is the thread that "step" would move ({@code -1}: none
 * can), and {@code nextReason} says why that one, so the choice is never a surprise.
 * {@code seen} are the kinds of finding this run has reported up to this step.
 */
public record StepView(Trace trace, int step, MachineState state, List<ThreadSnapshot> threads,
        NarrationText narration, int nextThread, String nextReason, Set<Finding.Kind> seen) {

    public StepView {
        threads = List.copyOf(threads);
        seen = Set.copyOf(seen);
    }

    public boolean atEnd() {
        return step == trace.size();
    }

    /** The thread that took this step, or -1 before the first step. */
    public int steppedThread() {
        return step == 0 ? -1 : trace.step(step).thread();
    }
}
