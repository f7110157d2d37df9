package io.lockstep.ui.view;

import io.lockstep.event.BlockStateChanged;
import io.lockstep.event.Event;
import io.lockstep.model.BlockState;
import io.lockstep.trace.Trace;
import java.util.Arrays;

/**
 * Every change of every memory block's state in a run, by block, from its
 * {@link BlockStateChanged} events: answers "who last wrote block 4 at or before step 31" with a
 * binary search. Extended incrementally as the trace grows; a different trace starts it afresh.
 */
public final class BlockHistory {
    /** One change: at {@code step} thread {@code thread} moved the block from {@code before} to {@code after}. */
    public record Change(int step, int thread, BlockState before, BlockState after) {}

    private Trace trace;
    private int indexed;
    private int[][] steps = new int[0][];
    /** Per change: thread << 8 | before << 4 | after. */
    private int[][] what = new int[0][];
    private int[] counts = new int[0];

    /** Indexes the steps of {@code trace} not seen yet (all of them when it is a new run). */
    public void sync(Trace trace) {
        if (trace != this.trace) {
            this.trace = trace;
            indexed = 0;
            int blocks = trace.program().blockNumberCount();
            steps = new int[blocks][];
            what = new int[blocks][];
            counts = new int[blocks];
            trace.initialEvents().forEach(this::accept);
        }
        indexed = trace.forEachEvent(indexed, trace.size(), this::accept);
    }

    private void accept(Event e) {
        if (!(e instanceof BlockStateChanged c) || c.block() < 0 || c.block() >= counts.length) {
            return;
        }
        int b = c.block();
        if (steps[b] == null) {
            steps[b] = new int[4];
            what[b] = new int[4];
        } else if (counts[b] == steps[b].length) {
            steps[b] = Arrays.copyOf(steps[b], counts[b] * 2);
            what[b] = Arrays.copyOf(what[b], counts[b] * 2);
        }
        int before = BlockState.fromKeyword(c.before()).map(Enum::ordinal).orElse(0);
        int after = BlockState.fromKeyword(c.after()).map(Enum::ordinal).orElse(0);
        steps[b][counts[b]] = c.step();
        what[b][counts[b]] = c.thread() << 8 | before << 4 | after;
        counts[b]++;
    }

    /** The last change of {@code block} at or before {@code step}, or null if it has not changed by then. */
    public Change lastChange(int block, int step) {
        int i = changesUpTo(block, step) - 1;
        if (i < 0) {
            return null;
        }
        int w = what[block][i];
        return new Change(steps[block][i], w >> 8, BlockState.values()[(w >> 4) & 15], BlockState.values()[w & 15]);
    }

    /** How many changes of {@code block} the run has made by {@code step} (steps are in order: binary search). */
    public int changesUpTo(int block, int step) {
        if (block < 0 || block >= counts.length) {
            return 0;
        }
        int lo = 0;
        int hi = counts[block];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (steps[block][mid] <= step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
