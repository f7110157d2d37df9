package io.lockstep.trace;

import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.engine.StepListener;
import io.lockstep.event.Event;
import io.lockstep.event.StepTaken;
import io.lockstep.event.ThreadFinished;
import io.lockstep.event.ThreadRestarted;
import io.lockstep.event.TrylockFailed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The threads' tracks of a Chrome trace: one per scenario thread, with a slice per call frame,
 * nested as the stack nests, over the steps the frame is on the stack, and innermost the statement
 * each of the thread's steps ran. The stack of a thread during step k is where it rested after
 * step k − 1 (the statement it is about to run), read from the replayed states with the frames'
 * arguments, so a blocked thread's frames stay open while other threads run.
 */
final class ThreadTracks {
    static final int PID = 1;
    private final Trace trace;
    private final Program program;
    private final long step;

    ThreadTracks(Trace trace, long microsPerStep) {
        this.trace = trace;
        this.program = trace.program();
        this.step = microsPerStep;
    }

    static int tid(int thread) {
        return thread + 1; // tid 0 is where some viewers put events with no thread
    }

    /** A frame slice waiting for its end: outermost first in the open list. */
    private record Open(String frame, int depth, int fromStep) {}

    private record Slice(TraceEvent event, int depth) {}

    List<TraceEvent> events() {
        List<List<List<String>>> resting = restingStacks();
        int n = trace.size();
        List<TraceEvent> out = new ArrayList<>();
        for (int t = 0; t < program.threadCount(); t++) {
            List<Slice> slices = new ArrayList<>();
            List<Open> open = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                if (k > 1 && restarted(k - 1, t)) {
                    close(open, 0, k, t, slices); // a restart re-issues the body: its frames are new calls
                }
                List<String> stack = resting.get(k - 1).get(t);
                int same = 0;
                while (same < open.size() && same < stack.size() && identity(open.get(same).frame()).equals(identity(stack.get(same)))) {
                    same++;
                }
                close(open, same, k, t, slices);
                for (int d = same; d < stack.size(); d++) {
                    open.add(new Open(stack.get(d), d, k));
                }
                StepRecord r = trace.step(k);
                if (r.thread() == t && !r.events().isEmpty() && r.events().get(0) instanceof StepTaken st) {
                    Map<String, Object> args = new LinkedHashMap<>();
                    args.put("step", k);
                    args.put("at", st.at());
                    slices.add(new Slice(TraceEvent.complete(st.statement(), "statement", k * step, step, PID, tid(t),
                            args), Integer.MAX_VALUE));
                }
            }
            close(open, 0, n + 1, t, slices);
            // Outer frames before inner ones at the same start, so that a viewer that does not sort nests them.
            slices.sort(Comparator.comparingLong((Slice s) -> s.event().ts()).thenComparingInt(Slice::depth));
            slices.forEach(s -> out.add(s.event()));
            out.addAll(instants(t));
        }
        return out;
    }

    private void close(List<Open> open, int keep, int endStep, int t, List<Slice> slices) {
        while (open.size() > keep) {
            Open o = open.remove(open.size() - 1);
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("frame", o.frame());
            args.put("from_step", o.fromStep());
            args.put("to_step", endStep - 1);
            slices.add(new Slice(TraceEvent.complete(frameName(o.frame()), "frame", o.fromStep() * step,
                    (endStep - o.fromStep()) * step, PID, tid(t), args), o.depth()));
        }
    }

    /**
     * A frame without its arguments: the same call shows {@code b=4} while the argument is live and
     * {@code b} once it is dead, and must stay one slice (the slice's args keep the first text).
     */
    private static String identity(String frame) {
        int at = frame.indexOf(" @ ");
        int paren = frame.indexOf('(');
        return at < 0 || paren < 0 || paren > at ? frame : frame.substring(0, paren) + frame.substring(at);
    }

    /**
     * {@code "online_pages(b=4) @ mm/memory_hotplug.c:online_pages"} becomes {@code "online_pages
     * (mm/memory_hotplug.c)"}: the kernel function and file of the proc's {@code at} citation; a proc
     * without one (cited by its own {@code file.lks:line}) keeps its name.
     */
    static String frameName(String frame) {
        int at = frame.indexOf(" @ ");
        if (at < 0) {
            return frame;
        }
        String proc = frame.substring(0, at);
        int paren = proc.indexOf('(');
        String procName = paren < 0 ? proc : proc.substring(0, paren);
        String citation = frame.substring(at + 3);
        int colon = citation.lastIndexOf(':');
        String function = colon < 0 ? "" : citation.substring(colon + 1);
        if (function.isEmpty() || Character.isDigit(function.charAt(0))) {
            return procName + " (" + citation + ")";
        }
        return function + " (" + citation.substring(0, colon) + ")";
    }

    private boolean restarted(int k, int t) {
        return trace.step(k).events().stream().anyMatch(e -> e instanceof ThreadRestarted r && r.thread() == t);
    }

    private List<TraceEvent> instants(int t) {
        List<TraceEvent> out = new ArrayList<>();
        for (StepRecord r : trace.steps()) {
            for (Event e : r.events()) {
                String name = null;
                Map<String, Object> args = new LinkedHashMap<>();
                if (e instanceof ThreadFinished f && f.thread() == t) {
                    name = "finished";
                } else if (e instanceof ThreadRestarted rs && rs.thread() == t) {
                    name = "restarts its body";
                } else if (e instanceof TrylockFailed tf && tf.thread() == t) {
                    name = "trylock failed: " + tf.lock();
                    args.put("then", tf.restart() ? "sleep, then restart the body" : "return from the proc");
                }
                if (name != null) {
                    args.put("step", e.step());
                    out.add(TraceEvent.instant(name, "thread", e.step() * step, PID, tid(t), "t", args));
                }
            }
        }
        return out;
    }

    /**
     * Where each thread rests after each step (index 0: before the first), outermost frame first,
     * without the thread's own bottom entry; empty once a thread is done. Replayed once, forwards,
     * with an engine of our own rather than {@link Trace#stateAt} per step.
     */
    private List<List<List<String>>> restingStacks() {
        Engine engine = new Engine(program);
        MachineState ms = trace.stateAt(0);
        List<List<List<String>>> out = new ArrayList<>();
        out.add(stacks(ms));
        for (StepRecord r : trace.steps()) {
            if (!engine.step(ms, r.thread(), r.step(), StepListener.NONE)) {
                out.add(out.get(out.size() - 1)); // a runtime error stopped the run: nothing moves after it
                continue;
            }
            out.add(stacks(ms));
        }
        return out;
    }

    private List<List<String>> stacks(MachineState ms) {
        List<List<String>> all = new ArrayList<>();
        for (int t = 0; t < program.threadCount(); t++) {
            List<String> frames = new ArrayList<>();
            if (!ms.isDone(t)) {
                for (String f : program.stackAt(ms, t)) {
                    if (!f.startsWith("thread \"")) {
                        frames.add(0, f);
                    }
                }
            }
            all.add(frames);
        }
        return all;
    }
}
