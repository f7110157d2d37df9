package io.lockstep.ui.view;

import io.lockstep.engine.Program;
import io.lockstep.event.Event;
import io.lockstep.event.LockAcquired;
import io.lockstep.event.LockContended;
import io.lockstep.event.LockReleased;
import io.lockstep.event.TrylockFailed;
import io.lockstep.trace.Trace;
import java.util.Arrays;
import java.util.Map;

/**
 * Who held and who waited for each lock instance, over steps, built from a run's lock events and
 * extended incrementally as the trace grows. A segment covers the columns {@code [start, end)}: the
 * states after steps {@code start} to {@code end - 1}; a hold acquired at step 18 and released at
 * step 25 covers 18..24. Segments still open at the end of the trace have {@code end == OPEN}.
 *
 * <p>The timeline asks for the segments of one lane that overlap a window of steps. Closed
 * segments no longer than {@value #SHORT} steps are kept sorted by start, so a binary search finds
 * the first that can reach the window; longer and open ones are few and kept apart. That keeps a
 * window query proportional to what it returns, whatever the length of the run.
 */
public final class TimelineIndex {
    public static final int OPEN = Integer.MAX_VALUE;
    static final int SHORT = 1024;

    /** What a segment shows: an exclusive hold, a shared (reader) hold, a wait, a failed trylock (one column). */
    public enum Kind { HOLD, SHARED, WAIT, TRY_FAILED }

    /** One segment of a lane; {@code slot} stacks concurrent readers (and concurrent waiters) in the lane. */
    public record Segment(int lock, int start, int end, int thread, Kind kind, int slot) {
        public boolean open() {
            return end == OPEN;
        }
    }

    /** Receives segments without allocating: the painter's hot path. */
    public interface SegmentSink {
        void segment(int start, int end, int thread, Kind kind, int slot);
    }

    private static final Kind[] KINDS = Kind.values();

    private Trace trace;
    private int indexed;
    private Map<String, Integer> instanceOf = Map.of();
    private Lane[] lanes = new Lane[0];
    private int[] active = new int[0];
    private int version;

    /** Indexes the steps of {@code trace} not seen yet; a different trace (a new run) starts afresh. */
    public void sync(Trace trace) {
        if (trace != this.trace) {
            reset(trace);
        }
        indexed = trace.forEachEvent(indexed, trace.size(), e -> accept(e, e.step()));
    }

    private void reset(Trace trace) {
        this.trace = trace;
        Program p = trace.program();
        instanceOf = p.lockInstancesByName();
        lanes = new Lane[p.lockInstanceCount()];
        active = new int[0];
        indexed = 0;
        version++;
    }

    private void accept(Event e, int step) {
        if (e instanceof LockAcquired a) {
            Lane lane = lane(a.lock());
            if (lane != null) {
                lane.close(a.thread(), Kind.WAIT, step);
                lane.open(step, a.thread(), a.shared() ? Kind.SHARED : Kind.HOLD);
            }
        } else if (e instanceof LockContended c) {
            Lane lane = lane(c.lock());
            if (lane != null) {
                lane.open(step, c.thread(), Kind.WAIT);
            }
        } else if (e instanceof LockReleased r) {
            Lane lane = lane(r.lock());
            if (lane != null) {
                lane.close(r.thread(), r.shared() ? Kind.SHARED : Kind.HOLD, step);
            }
        } else if (e instanceof TrylockFailed f) {
            Lane lane = lane(f.lock());
            if (lane != null) {
                lane.add(step, step + 1, info(f.thread(), Kind.TRY_FAILED, 0));
            }
        }
    }

    /** The lane of a lock instance, made (and the instance marked active) on its first event. */
    private Lane lane(String lock) {
        Integer i = instanceOf.get(lock);
        if (i == null) {
            return null;
        }
        if (lanes[i] == null) {
            lanes[i] = new Lane();
            int at = -Arrays.binarySearch(active, i) - 1;
            int[] grown = new int[active.length + 1];
            System.arraycopy(active, 0, grown, 0, at);
            grown[at] = i;
            System.arraycopy(active, at, grown, at + 1, active.length - at);
            active = grown;
            version++;
        }
        return lanes[i];
    }

    /** Steps indexed so far (the size of the trace at the last sync). */
    public int indexedSteps() {
        return indexed;
    }

    /** The lock instances that appear in the run so far, in instance order (do not modify). */
    public int[] activeInstances() {
        return active;
    }

    /** Changes whenever the set of active instances changes (or the run does): rows must be rebuilt. */
    public int version() {
        return version;
    }

    /** How many readers (or waiters, with {@code waits}) this lane ever had at once: at least 1. */
    public int depth(int instance, boolean waits) {
        Lane lane = lanes[instance];
        return lane == null ? 1 : Math.max(1, waits ? lane.waitDepth : lane.sharedDepth);
    }

    /** Every segment of {@code instance} that overlaps the columns {@code [from, to)}. */
    public void forEach(int instance, int from, int to, SegmentSink sink) {
        Lane lane = instance >= 0 && instance < lanes.length ? lanes[instance] : null;
        if (lane != null) {
            lane.forEach(from, to, sink);
        }
    }

    /** The segments of {@code instance} that cover column {@code step}, in the order the index holds them. */
    public java.util.List<Segment> segmentsAt(int instance, int step) {
        java.util.List<Segment> out = new java.util.ArrayList<>();
        forEach(instance, step, step + 1, (s, e, t, k, slot) -> out.add(new Segment(instance, s, e, t, k, slot)));
        return out;
    }

    static int info(int thread, Kind kind, int slot) {
        return thread | kind.ordinal() << 8 | slot << 12;
    }

    /** One lock instance's segments: sorted short ones, long ones, open ones. */
    private static final class Lane {
        int[] start = new int[4];
        int[] end = new int[4];
        int[] info = new int[4];
        int n;
        int[] longStart = new int[0];
        int[] longEnd = new int[0];
        int[] longInfo = new int[0];
        int longN;
        int[] openStart = new int[4];
        int[] openInfo = new int[4];
        int openN;
        int sharedDepth;
        int waitDepth;

        void open(int step, int thread, Kind kind) {
            int slot = 0;
            if (kind != Kind.HOLD) {
                while (slotTaken(kind, slot)) {
                    slot++;
                }
                if (kind == Kind.SHARED) {
                    sharedDepth = Math.max(sharedDepth, slot + 1);
                } else {
                    waitDepth = Math.max(waitDepth, slot + 1);
                }
            }
            if (openN == openStart.length) {
                openStart = Arrays.copyOf(openStart, openN * 2);
                openInfo = Arrays.copyOf(openInfo, openN * 2);
            }
            openStart[openN] = step;
            openInfo[openN++] = info(thread, kind, slot);
        }

        private boolean slotTaken(Kind kind, int slot) {
            for (int i = 0; i < openN; i++) {
                if (kindOf(openInfo[i]) == kind && slotOf(openInfo[i]) == slot) {
                    return true;
                }
            }
            return false;
        }

        /** Closes the open segment of this thread and kind, if any, at {@code step}. */
        void close(int thread, Kind kind, int step) {
            for (int i = 0; i < openN; i++) {
                if ((openInfo[i] & 0xff) == thread && kindOf(openInfo[i]) == kind) {
                    int s = openStart[i];
                    int inf = openInfo[i];
                    openN--;
                    openStart[i] = openStart[openN];
                    openInfo[i] = openInfo[openN];
                    add(s, Math.max(step, s + 1), inf);
                    return;
                }
            }
        }

        void add(int s, int e, int inf) {
            if (e - s > SHORT) {
                if (longN == longStart.length) {
                    longStart = Arrays.copyOf(longStart, Math.max(4, longN * 2));
                    longEnd = Arrays.copyOf(longEnd, Math.max(4, longN * 2));
                    longInfo = Arrays.copyOf(longInfo, Math.max(4, longN * 2));
                }
                longStart[longN] = s;
                longEnd[longN] = e;
                longInfo[longN++] = inf;
                return;
            }
            if (n == start.length) {
                start = Arrays.copyOf(start, n * 2);
                end = Arrays.copyOf(end, n * 2);
                info = Arrays.copyOf(info, n * 2);
            }
            // Segments close in nearly start order: insertion from the back moves at most a few.
            int i = n;
            while (i > 0 && start[i - 1] > s) {
                start[i] = start[i - 1];
                end[i] = end[i - 1];
                info[i] = info[i - 1];
                i--;
            }
            start[i] = s;
            end[i] = e;
            info[i] = inf;
            n++;
        }

        void forEach(int from, int to, SegmentSink sink) {
            // No short segment that starts before from - SHORT can reach from.
            int lo = 0;
            int hi = n;
            int key = from - SHORT;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (start[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < n && start[i] < to; i++) {
                if (end[i] > from) {
                    emit(start[i], end[i], info[i], sink);
                }
            }
            for (int i = 0; i < longN; i++) {
                if (longStart[i] < to && longEnd[i] > from) {
                    emit(longStart[i], longEnd[i], longInfo[i], sink);
                }
            }
            for (int i = 0; i < openN; i++) {
                if (openStart[i] < to) {
                    emit(openStart[i], OPEN, openInfo[i], sink);
                }
            }
        }

        private static void emit(int s, int e, int inf, SegmentSink sink) {
            sink.segment(s, e, inf & 0xff, kindOf(inf), slotOf(inf));
        }

        private static Kind kindOf(int inf) {
            return KINDS[(inf >> 8) & 15];
        }

        private static int slotOf(int inf) {
            return inf >>> 12;
        }
    }
}
