package io.lockstep.ui.view;

import io.lockstep.trace.Trace;
import java.util.function.IntConsumer;

/**
 * A view of one run at one step: the memory map, the lock timeline, the lock-order graph. Called
 * on the FX thread only. {@link #update} is called once per frame at most, with the run and the
 * step to show; a view keeps whatever index it needs and extends it incrementally when the same
 * trace has grown (a trace is append-only; a different trace object means a new run).
 */
public interface TraceView {
    /** Shows {@code trace} after step {@code step} (0 = before the first step, up to {@code trace.size()}). */
    void update(Trace trace, int step);

    /** Called when the user asks to jump to a step by clicking in the view (a timeline segment, an edge label). */
    void setOnJump(IntConsumer onJump);
}
