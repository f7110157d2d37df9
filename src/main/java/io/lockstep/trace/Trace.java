package io.lockstep.trace;

import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.engine.StepListener;
import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An executed run: the schedule, every step's events, and a snapshot of the state every
 * {@value #SNAPSHOT_EVERY} steps, so that the state after any step is one snapshot plus at most
 * {@value #SNAPSHOT_EVERY} − 1 replayed steps away (time travel never re-runs from zero).
 *
 * <p>Append-only, with one writer (the thread that runs the engine) and any number of readers (the
 * FX thread): a reader sees every step up to the {@link #size()} it read, because steps and
 * snapshots are published through volatile fields after they are complete.
 */
public final class Trace {
    public static final int SNAPSHOT_EVERY = 256;

    private final Program program;
    /** Only for {@link #stateAt}, which may run on a reader thread: the writer's engine is not shared. */
    private final Engine replayEngine;
    private final List<Event> initialEvents = new ArrayList<>();
    private volatile StepRecord[] steps = new StepRecord[64];
    private volatile int size;
    private volatile int[][] snapshots = new int[8][];

    Trace(Program program, MachineState initial) {
        this.program = program;
        this.replayEngine = new Engine(program);
        snapshots[0] = initial.words();
    }

    void addInitialEvent(Event e) {
        initialEvents.add(e);
    }

    void add(StepRecord record, MachineState after) {
        int n = size;
        StepRecord[] array = steps;
        if (n == array.length) {
            array = Arrays.copyOf(array, n * 2);
        }
        array[n] = record;
        steps = array;
        if ((n + 1) % SNAPSHOT_EVERY == 0) {
            int k = (n + 1) / SNAPSHOT_EVERY;
            int[][] snaps = snapshots;
            if (k == snaps.length) {
                snaps = Arrays.copyOf(snaps, k * 2);
            }
            snaps[k] = after.words();
            snapshots = snaps;
        }
        size = n + 1;
    }

    public Program program() {
        return program;
    }

    /** Number of steps taken. */
    public int size() {
        return size;
    }

    /** Step {@code n}, 1-based. */
    public StepRecord step(int n) {
        if (n < 1 || n > size) {
            throw new IndexOutOfBoundsException("step " + n + " of " + size);
        }
        return steps[n - 1];
    }

    /** The steps taken so far (a snapshot of the list: later steps do not appear in it). */
    public List<StepRecord> steps() {
        int n = size;
        return Collections.unmodifiableList(Arrays.asList(steps).subList(0, n));
    }

    /** Events before the first step (narration of leading notes, findings in the initial state). */
    public List<Event> initialEvents() {
        return Collections.unmodifiableList(initialEvents);
    }

    /**
     * Feeds the events of steps {@code from + 1} to {@code to}, in order, to {@code sink}, and returns
     * {@code to}: how an index over a growing run (a view, a view-model) catches up with it.
     */
    public int forEachEvent(int from, int to, java.util.function.Consumer<? super Event> sink) {
        for (int n = from + 1; n <= to; n++) {
            for (Event e : step(n).events()) {
                sink.accept(e);
            }
        }
        return to;
    }

    /** The threads of the schedule, one per step. */
    public List<Integer> schedule() {
        return steps().stream().map(StepRecord::thread).toList();
    }

    /** Every finding of the run, in the order found. */
    public List<FindingReported> findings() {
        List<FindingReported> out = new ArrayList<>();
        for (Event e : initialEvents) {
            if (e instanceof FindingReported f) {
                out.add(f);
            }
        }
        for (StepRecord r : steps()) {
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
    public synchronized MachineState stateAt(int n) {
        if (n < 0 || n > size) {
            throw new IndexOutOfBoundsException("step " + n + " of " + size);
        }
        int snap = n / SNAPSHOT_EVERY;
        StepRecord[] array = steps;
        MachineState ms = MachineState.of(program, snapshots[snap]);
        for (int k = snap * SNAPSHOT_EVERY + 1; k <= n; k++) {
            replayEngine.step(ms, array[k - 1].thread(), k, StepListener.NONE);
        }
        return ms;
    }
}
