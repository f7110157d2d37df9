package io.lockstep.trace;

import io.lockstep.event.Event;
import io.lockstep.event.LockAcquired;
import io.lockstep.event.LockContended;
import io.lockstep.event.LockReleased;
import io.lockstep.event.TrylockFailed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The locks' tracks of a Chrome trace (process "locks"): per lock instance the run touched, a slice
 * "held by THREAD (write|read)" for each hold and "waiting: THREAD (write|read)" for each wait, laid
 * on as many lanes (tids) as overlap, since readers share a lock and waiters wait beside the holder,
 * and slices on one track must nest. Also the flow arrows from a release to the acquisition it
 * unblocked: the acquisition of a thread that waited for the lock, from the last release of that
 * lock before it, drawn between the two threads' statement slices.
 */
final class LockTracks {
    static final int PID = 2;
    private final Trace trace;
    private final long step;
    private final Map<String, Integer> instanceIndex;
    private final Map<String, List<Interval>> byLock = new HashMap<>();
    private final Map<String, Interval> openHolds = new HashMap<>();
    private final Map<String, Interval> openWaits = new HashMap<>();
    private final Map<String, LockReleased> lastRelease = new HashMap<>();
    private final List<TraceEvent> flows = new ArrayList<>();
    private final List<TraceEvent> trylocks = new ArrayList<>();
    private int nextTid = 1;

    private static final class Interval {
        final boolean hold;
        final int thread;
        final boolean shared;
        final int from;
        int to = -1;
        final Map<String, Object> args = new LinkedHashMap<>();

        Interval(boolean hold, int thread, boolean shared, int from) {
            this.hold = hold;
            this.thread = thread;
            this.shared = shared;
            this.from = from;
        }
    }

    LockTracks(Trace trace, long microsPerStep) {
        this.trace = trace;
        this.step = microsPerStep;
        this.instanceIndex = trace.program().lockInstancesByName();
    }

    List<TraceEvent> events() {
        trace.initialEvents().forEach(this::accept);
        trace.steps().forEach(r -> r.events().forEach(this::accept));
        int end = trace.size() + 1; // what is still held or awaited lasts to the end of the last step
        for (Interval i : openHolds.values()) {
            i.to = end;
            i.args.put("released_step", "still held at the end");
        }
        for (Interval i : openWaits.values()) {
            i.to = end;
            i.args.put("acquired_step", "still waiting at the end");
        }
        List<TraceEvent> out = new ArrayList<>();
        out.add(TraceEvent.metadata("process_name", PID, 0, Map.of("name", "locks")));
        out.add(TraceEvent.metadata("process_sort_index", PID, 0, Map.of("sort_index", PID)));
        // Locks in declaration order (their instance numbers), so the tracks read as the model lists them.
        Map<Integer, String> ordered = new TreeMap<>();
        byLock.keySet().forEach(l -> ordered.put(instanceIndex.getOrDefault(l, Integer.MAX_VALUE), l));
        for (String lock : ordered.values()) {
            lanes(lock, byLock.get(lock), out);
        }
        out.addAll(trylocks);
        out.addAll(flows);
        return out;
    }

    private void accept(Event e) {
        if (e instanceof LockAcquired a) {
            Interval wait = openWaits.remove(key(a.lock(), a.thread()));
            if (wait != null) {
                wait.to = a.step();
                wait.args.put("acquired_step", a.step());
                LockReleased r = lastRelease.get(a.lock());
                if (r != null && r.step() >= wait.from) {
                    String id = String.valueOf(flows.size() / 2 + 1);
                    String name = "unblocks: " + a.lock();
                    flows.add(TraceEvent.flow(true, name, r.step() * step, ThreadTracks.PID,
                            ThreadTracks.tid(r.releasedBy()), id));
                    flows.add(TraceEvent.flow(false, name, a.step() * step, ThreadTracks.PID,
                            ThreadTracks.tid(a.thread()), id));
                }
            }
            Interval hold = open(a.lock(), true, a.thread(), a.shared(), a.step());
            hold.args.put("acquired_step", a.step());
            hold.args.put("trylock", a.trylock());
            openHolds.put(key(a.lock(), a.thread()), hold);
        } else if (e instanceof LockReleased r) {
            Interval hold = openHolds.remove(key(r.lock(), r.thread()));
            if (hold != null) {
                hold.to = r.step() + 1; // released during step r: held to its end
                hold.args.put("released_step", r.step());
                if (r.releasedBy() != r.thread()) {
                    hold.args.put("released_by", label(r.releasedBy()));
                }
            }
            lastRelease.put(r.lock(), r);
        } else if (e instanceof LockContended c && !openWaits.containsKey(key(c.lock(), c.thread()))) {
            Interval wait = open(c.lock(), false, c.thread(), c.shared(), c.step());
            wait.args.put("contended_step", c.step());
            wait.args.put("holders", c.holders().stream().map(this::label).toList());
            openWaits.put(key(c.lock(), c.thread()), wait);
        } else if (e instanceof TrylockFailed f) {
            byLock.computeIfAbsent(f.lock(), k -> new ArrayList<>());
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("lock", f.lock());
            args.put("thread", label(f.thread()));
            args.put("step", f.step());
            trylocks.add(TraceEvent.instant("trylock failed: " + label(f.thread()), "lock", f.step() * step,
                    PID, -1, "t", args)); // its tid is set when the lock's lanes are numbered
        }
    }

    private Interval open(String lock, boolean hold, int thread, boolean shared, int from) {
        Interval i = new Interval(hold, thread, shared, from);
        i.args.put("thread", label(thread));
        i.args.put("mode", shared ? "read" : "write");
        byLock.computeIfAbsent(lock, k -> new ArrayList<>()).add(i);
        return i;
    }

    /** Greedy lanes: each slice goes on the lowest lane free at its start, holds before waits. */
    private void lanes(String lock, List<Interval> intervals, List<TraceEvent> out) {
        intervals.sort(Comparator.comparingInt((Interval i) -> i.from).thenComparing(i -> !i.hold)
                .thenComparingInt(i -> i.thread));
        List<Integer> laneEnds = new ArrayList<>();
        List<TraceEvent> slices = new ArrayList<>();
        int firstTid = nextTid;
        for (Interval i : intervals) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > i.from) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(i.to);
            } else {
                laneEnds.set(lane, i.to);
            }
            String mode = i.shared ? "read" : "write";
            String name = (i.hold ? "held by " : "waiting: ") + label(i.thread) + " (" + mode + ")";
            slices.add(TraceEvent.complete(name, i.hold ? "hold" : "wait", i.from * step, (i.to - i.from) * step,
                    PID, firstTid + lane, i.args));
        }
        int laneCount = Math.max(1, laneEnds.size());
        for (int lane = 0; lane < laneCount; lane++) {
            int tid = firstTid + lane;
            out.add(TraceEvent.metadata("thread_name", PID, tid,
                    Map.of("name", lane == 0 ? lock : lock + " (" + (lane + 1) + ")")));
            out.add(TraceEvent.metadata("thread_sort_index", PID, tid, Map.of("sort_index", tid)));
        }
        out.addAll(slices);
        for (int k = 0; k < trylocks.size(); k++) {
            TraceEvent t = trylocks.get(k);
            if (t.tid() == -1 && t.name().startsWith("trylock failed: ") && lockOf(t).equals(lock)) {
                trylocks.set(k, new TraceEvent(t.name(), t.cat(), t.ph(), t.ts(), null, PID, firstTid, t.args(), null,
                        t.scope(), null));
            }
        }
        nextTid += laneCount;
    }

    private static String lockOf(TraceEvent t) {
        return (String) t.args().get("lock");
    }

    private String label(int thread) {
        return trace.program().threadLabel(thread);
    }

    private static String key(String lock, int thread) {
        return lock + "\u0000" + thread;
    }
}
