package io.lockstep.trace;

import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.engine.StepListener;
import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An executed run: the schedule, every step's events, and a snapshot of the state every
 * {@value #SNAPSHOT_EVERY} steps, so that the state after any step is one snapshot plus at most
 * {@value #SNAPSHOT_EVERY} − 1 replayed steps away (time travel never re-runs from zero).
 */
public final class Trace {
    public static final int SNAPSHOT_EVERY = 256;

    private final Program program;
    private final Engine engine;
    private final List<StepRecord> steps = new ArrayList<>();
    private final List<Event> initialEvents = new ArrayList<>();
    private final List<int[]> snapshots = new ArrayList<>();

    Trace(Program program, Engine engine, MachineState initial) {
        this.program = program;
        this.engine = engine;
        snapshots.add(initial.words());
    }

    void addInitialEvent(Event e) {
        initialEvents.add(e);
    }

    void add(StepRecord record, MachineState after) {
        steps.add(record);
        if (steps.size() % SNAPSHOT_EVERY == 0) {
            snapshots.add(after.words());
        }
    }

    public Program program() {
        return program;
    }

    /** Number of steps taken. */
    public int size() {
        return steps.size();
    }

    /** Step {@code n}, 1-based. */
    public StepRecord step(int n) {
        return steps.get(n - 1);
    }

    public List<StepRecord> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** Events before the first step (narration of leading notes, findings in the initial state). */
    public List<Event> initialEvents() {
        return Collections.unmodifiableList(initialEvents);
    }

    /** The threads of the schedule, one per step. */
    public List<Integer> schedule() {
        return steps.stream().map(StepRecord::thread).toList();
    }

    /** Every finding of the run, in the order found. */
    public List<FindingReported> findings() {
        List<FindingReported> out = new ArrayList<>();
        for (Event e : initialEvents) {
            if (e instanceof FindingReported f) {
                out.add(f);
            }
        }
        for (StepRecord r : steps) {
            for (Event e : r.events()) {
                if (e instanceof FindingReported f) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The first finding of a kind, or null. */
    public Finding first(Finding.Kind kind) {
        return findings().stream().map(FindingReported::finding).filter(f -> f.kind() == kind).findFirst().orElse(null);
    }

    /** The state after step {@code n} (0 = before the first step), from the nearest snapshot. */
    public MachineState stateAt(int n) {
        if (n < 0 || n > steps.size()) {
            throw new IndexOutOfBoundsException("step " + n + " of " + steps.size());
        }
        int snap = n / SNAPSHOT_EVERY;
        MachineState ms = MachineState.of(program, snapshots.get(snap));
        for (int k = snap * SNAPSHOT_EVERY + 1; k <= n; k++) {
            engine.step(ms, steps.get(k - 1).thread(), k, StepListener.NONE);
        }
        return ms;
    }
}
