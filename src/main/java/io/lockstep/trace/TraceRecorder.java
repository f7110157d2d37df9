package io.lockstep.trace;

import io.lockstep.engine.Detectors;
import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.engine.StepListener;
import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs one execution step by step (the window's thread clicks, a replayed schedule, a seeded random
 * run) and records it as a {@link Trace}. Besides the engine's own findings it runs the detectors
 * that need the history of the run: vector-clock races, lock-order witnesses, and after each step
 * the deadlock check and, at the end, the present-pages accounting. Each finding is reported once.
 */
public final class TraceRecorder {
    private final Program program;
    private final Engine engine;
    private final Detectors detectors;
    private final RaceTracker races;
    private final WitnessTable witnesses;
    private final Set<String> reported = new HashSet<>();
    private final Consumer<Event> sink;
    private MachineState state;
    private Trace trace;
    private boolean stopped;

    /** {@code sink} receives every event as it happens (the window's bus); may be null. */
    public TraceRecorder(Program program, Consumer<Event> sink) {
        this.program = program;
        this.engine = new Engine(program);
        this.detectors = new Detectors(engine);
        this.races = new RaceTracker(program.threadLabels());
        this.witnesses = new WitnessTable(program.threadLabels());
        this.sink = sink;
        List<Event> initial = new ArrayList<>();
        state = engine.initialState(listener(0, initial));
        if (state == null) {
            stopped = true;
            state = engine.layoutOnlyState();
        }
        trace = new Trace(program, state);
        initial.forEach(trace::addInitialEvent);
    }

    public Trace trace() {
        return trace;
    }

    public Program program() {
        return program;
    }

    public MachineState state() {
        return state.copy();
    }

    /** True once a runtime error of the scenario stopped the run. */
    public boolean stopped() {
        return stopped;
    }

    public boolean canStep(int t) {
        return !stopped && t >= 0 && t < program.threadCount() && engine.isEnabled(state, t);
    }

    public int enabledMask() {
        return stopped ? 0 : engine.enabledMask(state);
    }

    /** Takes one step of thread {@code t}; returns its events (findings included). */
    public List<Event> step(int t) {
        if (!canStep(t)) {
            throw new IllegalStateException("thread " + t + " cannot take a step now");
        }
        int n = trace.size() + 1;
        List<Event> events = new ArrayList<>();
        boolean ok = engine.step(state, t, n, listener(n, events));
        if (!ok) {
            stopped = true;
        } else {
            Finding.Deadlock dl = detectors.deadlock(state);
            if (dl != null) {
                report(n, dl, events);
            }
            for (Finding.Violation v : detectors.finalViolations(state)) {
                report(n, v, events);
            }
        }
        trace.add(new StepRecord(n, t, events), state);
        return events;
    }

    private void report(int step, Finding f, List<Event> events) {
        if (reported.add(f.key())) {
            Event e = new FindingReported(step, f);
            events.add(e);
            if (sink != null) {
                sink.accept(e);
            }
        }
    }

    private StepListener listener(int step, List<Event> events) {
        return new StepListener() {
            @Override
            public boolean wantsEvents() {
                return true;
            }

            @Override
            public void event(Event e) {
                events.add(e);
                if (sink != null) {
                    sink.accept(e);
                }
                witnesses.accept(e);
                Finding.Race race = races.accept(e);
                if (race != null) {
                    report(step, race, events);
                }
            }

            @Override
            public void finding(Finding f) {
                report(step, f instanceof Finding.Inversion inv ? witnesses.explain(inv) : f, events);
            }
        };
    }
}
