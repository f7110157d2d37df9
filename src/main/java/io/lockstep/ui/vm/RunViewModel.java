package io.lockstep.ui.vm;

import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.trace.Trace;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The run on screen and the transport over it: which step is shown, stepping forward and back,
 * playing, seeking. The run's trace is recorded on the {@link EngineThread}; this side only moves a
 * cursor over it, so stepping back and scrubbing are instant ({@link Trace#stateAt} from the
 * nearest snapshot). Stepping forward walks the recorded steps first (a loaded schedule, or steps
 * taken before stepping back) and asks the engine for a new step only at the end; a step that
 * differs from the recorded one drops the recorded future.
 *
 * <p>Commands only move the cursor and mark the view stale; {@link #onFrame} computes the shown
 * step's {@link StepView} at most once per frame, however many seeks a dragged scrubber sends.
 */
public final class RunViewModel {
    public static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 30, 100);

    private final EngineThread engine;
    private final Consumer<String> status;

    private long run = -1;
    private Program program;
    private Engine fxEngine;
    private Trace trace;
    private RunIndex index;
    private boolean busy;
    /**
     * Steps asked for while the engine was still computing one (a clicker pressed twice quickly):
     * taken as soon as it is done, so no press is lost. A few at most; going back drops them.
     */
    private int stepsAhead;
    private static final int MAX_STEPS_AHEAD = 8;
    /** The command the engine is working on, while {@link #busy}. */
    private EngineNews.Command awaiting;
    private boolean stopped;
    /** The shown step must be published again (it moved, or the run under it changed). */
    private boolean stale;
    /** The run changed under the shown step (it grew or stopped), so the cached view is out of date. */
    private boolean recompute;
    private StepView cached;
    private String origin = "";
    /** Where the next START lands (a switch keeps the user's place), and who wants to know. */
    private int landOn;
    private Consumer<Trace> onLanded;
    /** Said before the scenario's description when it runs under another model than it describes. */
    private String modelNote = "";
    private double playCredit;
    private long lastFrameNanos = -1;

    private final ReadOnlyIntegerWrapper shownStep = new ReadOnlyIntegerWrapper(this, "shownStep");
    private final ReadOnlyIntegerWrapper recordedSteps = new ReadOnlyIntegerWrapper(this, "recordedSteps");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyIntegerWrapper speed = new ReadOnlyIntegerWrapper(this, "speed", 5);
    private final ReadOnlyStringWrapper originText = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyObjectWrapper<StepView> current = new ReadOnlyObjectWrapper<>(this, "current");

    public RunViewModel(EngineThread engine, Consumer<String> status) {
        this.engine = engine;
        this.status = status;
    }

    // ---- properties

    public ReadOnlyIntegerProperty shownStepProperty() {
        return shownStep.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty recordedStepsProperty() {
        return recordedSteps.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Steps per second while playing; one of {@link #SPEEDS}. */
    public ReadOnlyIntegerProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** Where the recorded steps came from: "the deadlock schedule (22 steps)", "your steps". */
    public ReadOnlyStringProperty originProperty() {
        return originText.getReadOnlyProperty();
    }

    /** The shown step, published once per frame by {@link #onFrame}; null until a run has started. */
    public ReadOnlyObjectProperty<StepView> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The program of the latest run started (its trace may still be on its way). */
    public Program program() {
        return program;
    }

    public Trace trace() {
        return trace;
    }

    /**
     * The thread choices of the run on screen, recorded future included (empty before a run): the
     * steps this side has been told of, not a step the engine may be appending right now.
     */
    public List<Integer> recordedSchedule() {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 1; trace != null && i <= recordedSteps.get(); i++) {
            out.add(trace.step(i).thread());
        }
        return List.copyOf(out);
    }

    public long runId() {
        return run;
    }

    /** True while the engine has not answered the last command. */
    public boolean isBusy() {
        return busy;
    }

    /** True while the engine is taking a step the user asked for (not replaying a schedule). */
    public boolean awaitingStep() {
        return busy && awaiting == EngineNews.Command.STEP;
    }

    // ---- runs

    /** Starts run {@code id} of {@code program}, replaying {@code schedule} and showing its step 0. */
    public void begin(long id, Program newProgram, List<Integer> schedule, String from) {
        begin(id, newProgram, schedule, from, 0, null);
    }

    /**
     * Starts run {@code id}, replays as much of {@code schedule} as {@code newProgram} allows (the
     * replay stops at the first thread choice it cannot take), and shows step {@code step}, or the
     * last replayed step if the replay stopped before it. {@code landed} (may be null) receives the
     * new trace once it is on screen, so the caller can say where the runs part.
     */
    public void begin(long id, Program newProgram, List<Integer> schedule, String from, int step,
            Consumer<Trace> landed) {
        begin(id, newProgram, schedule, from, step, landed, "");
    }

    /** The same, with {@code note} said before the description at step 0 (see {@link NarrationText#at}). */
    public void begin(long id, Program newProgram, List<Integer> schedule, String from, int step,
            Consumer<Trace> landed, String note) {
        modelNote = note == null ? "" : note;
        stepsAhead = 0;
        landOn = Math.max(0, step);
        onLanded = landed;
        pause();
        run = id;
        program = newProgram;
        busy = true;
        awaiting = EngineNews.Command.START;
        origin = from;
        engine.start(id, newProgram, schedule);
    }

    /** The engine finished a command; news of an older run is dropped. */
    public void onCommandDone(EngineNews.CommandDone done) {
        if (done.run() != run) {
            return;
        }
        busy = false;
        if (done.trace() != trace) {
            boolean truncated = trace != null && done.command() == EngineNews.Command.STEP;
            trace = done.trace();
            index = new RunIndex(trace);
            // The FX thread's own engine, only to ask which threads could step at a shown state; it
            // follows the trace, not the latest begin, so an old run stays consistent until replaced.
            fxEngine = new Engine(trace.program());
            if (truncated) {
                origin = "your steps";
            }
        }
        stopped = done.stopped();
        index.catchUp();
        recompute = true;
        recordedSteps.set(trace.size());
        originText.set(origin.isEmpty() ? "" : origin);
        if (done.command() == EngineNews.Command.START) {
            shownStep.set(Math.min(landOn, trace.size()));
            Consumer<Trace> landed = onLanded;
            onLanded = null;
            if (landed != null) {
                landed.accept(trace);
            }
        } else if (done.stepped()) {
            shownStep.set(trace.size());
        } else if (playing.get()) {
            pause();
        }
        stale = true;
    }

    /** The engine failed on a command: the run cannot go on, but what is recorded stays on screen. */
    public void onEngineFailed(EngineNews.EngineFailed failed) {
        if (failed.run() == run) {
            busy = false;
            pause();
        }
    }

    // ---- transport commands

    /** Steps the recorded next step if there is one, else asks the engine for the next thread's step. */
    public void stepForward() {
        StepView v = view();
        if (busy && !playing.get()) {
            stepsAhead = Math.min(MAX_STEPS_AHEAD, stepsAhead + 1);
            return;
        }
        if (v == null || busy) {
            return;
        }
        if (!v.atEnd()) {
            seek(v.step() + 1);
        } else if (v.nextThread() >= 0) {
            busy = true;
            awaiting = EngineNews.Command.STEP;
            engine.step(run, v.step(), EngineThread.NEXT);
        } else {
            pause();
            status.accept(v.nextReason());
        }
    }

    /** Thread {@code t} takes its next step from the shown step (what clicking a thread, or its number key, does). */
    public void stepThread(int t) {
        StepView v = view();
        if (v == null || busy || t < 0 || t >= v.threads().size()) {
            return;
        }
        if (!v.atEnd() && trace.step(v.step() + 1).thread() == t) {
            seek(v.step() + 1);
            return;
        }
        ThreadSnapshot thread = v.threads().get(t);
        if (!thread.canStep()) {
            status.accept("\"" + thread.label() + "\" cannot step: " + thread.stateText());
            return;
        }
        busy = true;
        awaiting = EngineNews.Command.STEP;
        engine.step(run, v.step(), t);
    }

    public void stepBack() {
        stepsAhead = 0;
        seek(shownStep.get() - 1);
    }

    public void home() {
        stepsAhead = 0;
        seek(0);
    }

    public void end() {
        stepsAhead = 0;
        seek(recordedSteps.get());
    }

    /** Shows step {@code step} of the recorded run (clamped to it). */
    public void seek(int step) {
        if (trace == null) {
            return;
        }
        int clamped = Math.max(0, Math.min(step, trace.size()));
        if (clamped != shownStep.get()) {
            shownStep.set(clamped);
            stale = true;
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else if (trace != null) {
            playing.set(true);
            playCredit = 1; // the first step comes at once: pressing play must visibly do something
        }
    }

    public void pause() {
        playing.set(false);
    }

    public void setSpeed(int stepsPerSecond) {
        if (SPEEDS.contains(stepsPerSecond)) {
            speed.set(stepsPerSecond);
        }
    }

    /** One notch faster or slower ({@code +1} / {@code -1}). */
    public void changeSpeed(int notches) {
        int i = SPEEDS.indexOf(speed.get()) + notches;
        speed.set(SPEEDS.get(Math.max(0, Math.min(SPEEDS.size() - 1, i))));
    }

    // ---- per frame

    /** Advances playing and publishes the shown step if it changed; returns true when it did. */
    public boolean onFrame(long nowNanos) {
        long elapsed = lastFrameNanos < 0 ? 0 : nowNanos - lastFrameNanos;
        lastFrameNanos = nowNanos;
        if (playing.get()) {
            // Credit accrues with time, so playing keeps its speed when frames come late; capped so a
            // stalled frame does not turn into a burst of steps.
            playCredit = Math.min(playCredit + elapsed / 1e9 * speed.get(), Math.max(1, speed.get() / 10.0));
            while (playCredit >= 1 && playing.get() && !busy) {
                playCredit -= 1;
                stepForward();
            }
        }
        while (stepsAhead > 0 && !busy && trace != null) {
            stepsAhead--;
            stepForward();
        }
        if (!stale) {
            return false;
        }
        StepView v = view();
        stale = false;
        current.set(v);
        return true;
    }

    /** The shown step, computed now if a command made it stale (a command may need it before the frame). */
    StepView view() {
        if (trace == null) {
            return null;
        }
        if (recompute || cached == null || cached.trace() != trace || cached.step() != shownStep.get()) {
            cached = compute(shownStep.get());
            recompute = false;
            stale = true; // still to be published by onFrame
        }
        return cached;
    }

    private StepView compute(int step) {
        MachineState state = trace.stateAt(step);
        boolean stoppedHere = stopped && step == trace.size();
        List<ThreadSnapshot> threads = ThreadSnapshot.of(trace.program(), fxEngine, state, stoppedHere);
        int next;
        String reason;
        if (step < trace.size()) {
            next = trace.step(step + 1).thread();
            reason = "next step of " + (origin.isEmpty() ? "the recorded run" : origin);
        } else {
            next = io.lockstep.explore.NextThreadScheduler.pick(threads.size(), t -> threads.get(t).canStep(), state::isSleeping);
            reason = next >= 0 ? "the lowest-numbered runnable thread" : whyNothingCanStep(threads, stoppedHere);
        }
        Set<Finding.Kind> seen = EnumSet.noneOf(Finding.Kind.class);
        for (Finding.Kind k : Finding.Kind.values()) {
            int first = index.firstStepOf(k);
            if (first >= 0 && first <= step) {
                seen.add(k);
            }
        }
        return new StepView(trace, step, state, threads, NarrationText.at(index, step, modelNote), next, reason, seen);
    }

    private static String whyNothingCanStep(List<ThreadSnapshot> threads, boolean stoppedHere) {
        if (stoppedHere) {
            return "the run stopped at a runtime error of the scenario";
        }
        if (threads.stream().allMatch(t -> t.status() == ThreadSnapshot.Status.DONE)) {
            return "every thread has finished";
        }
        return "no thread can step: every unfinished thread is blocked (deadlock)";
    }
}
