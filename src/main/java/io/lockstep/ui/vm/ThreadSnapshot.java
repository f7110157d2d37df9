package io.lockstep.ui.vm;

import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * One thread at one step, described for people: its state in words, its call stack and the
 * statement it will run next. Plain data, computed from a state, so it is tested without a screen.
 */
public record ThreadSnapshot(int number, String label, Status status, String stateText, List<String> stack,
        String nextStatement, boolean canStep) {

    public ThreadSnapshot {
        stack = List.copyOf(stack);
    }

    /** What a thread is doing, as the threads panel colours it. */
    public enum Status { RUNNABLE, BLOCKED, SLEEPING, DONE, STOPPED }

    /**
     * Every thread of {@code state}. {@code stopped} is true when a runtime error of the scenario
     * ended the run at this step: then no thread can step.
     */
    public static List<ThreadSnapshot> of(Program program, Engine engine, MachineState state, boolean stopped) {
        List<ThreadSnapshot> out = new ArrayList<>();
        for (int t = 0; t < program.threadCount(); t++) {
            out.add(of(program, engine, state, stopped, t));
        }
        return out;
    }

    static ThreadSnapshot of(Program program, Engine engine, MachineState state, boolean stopped, int t) {
        boolean enabled = !stopped && engine.isEnabled(state, t);
        Status status;
        String text;
        int lock = state.waitingFor(t);
        if (state.isDone(t)) {
            status = Status.DONE;
            text = "done";
        } else if (stopped) {
            status = Status.STOPPED;
            text = "stopped: the run hit a runtime error of the scenario";
        } else if (state.isSleeping(t)) {
            status = Status.SLEEPING;
            text = "sleeping before restart (a trylock failed)";
        } else if (lock >= 0 && !enabled) {
            status = Status.BLOCKED;
            text = "blocked on " + program.lockInstanceName(lock) + heldBy(program, state, lock);
        } else if (lock >= 0) {
            status = Status.RUNNABLE;
            text = "runnable: " + program.lockInstanceName(lock) + " is free now";
        } else {
            status = Status.RUNNABLE;
            text = "runnable";
        }
        String next = state.isDone(t) ? null : program.nextStatement(state, t);
        List<String> stack = state.isDone(t) ? List.of() : program.stackAt(state, t);
        return new ThreadSnapshot(t, program.threadLabel(t), status, text, stack, next, enabled);
    }

    private static String heldBy(Program program, MachineState state, int lock) {
        List<Integer> holders = state.holders(lock);
        if (holders.isEmpty()) {
            return " (a writer waits ahead of it)";
        }
        List<String> names = holders.stream().map(h -> "\"" + program.threadLabel(h) + "\"").toList();
        return " held by " + String.join(", ", names);
    }
}
