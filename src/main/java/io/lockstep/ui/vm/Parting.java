package io.lockstep.ui.vm;

import io.lockstep.engine.Engine;
import io.lockstep.event.Event;
import io.lockstep.event.StepTaken;
import io.lockstep.trace.Trace;
import java.util.List;

/**
 * What the window says after a release or switch change replayed the user's schedule under the new
 * model: where the two runs part (the thread whose turn it was cannot take it under the new model),
 * and from which step the steps themselves differ even where the same thread goes on.
 */
final class Parting {
    private Parting() {}

    /**
     * {@code old}: the run that was on screen, of which the first {@code schedule.size()} steps count;
     * {@code step}: the step it showed; {@code replayed}: the new run, as far as the choices applied;
     * {@code under} and {@code before}: the new and the old model.
     */
    static String describe(Trace old, List<Integer> schedule, int step, Trace replayed, String under, String before) {
        int kept = replayed.size();
        if (schedule.isEmpty()) {
            return "Now running under " + under + ", from step 0.";
        }
        String differs = firstDifference(old, replayed, Math.min(kept, schedule.size()), under, before);
        if (kept >= schedule.size()) {
            String choices = schedule.size() == 1 ? "the one recorded thread choice applies"
                    : "all " + schedule.size() + " recorded thread choices apply";
            return "Now running under " + under + ": " + choices + ", so this is step " + Math.min(step, kept) + " again."
                    + differs;
        }
        int thread = schedule.get(kept);
        var threads = ThreadSnapshot.of(replayed.program(), new Engine(replayed.program()), replayed.stateAt(kept), false);
        ThreadSnapshot t = threads.get(thread);
        String why = "from step " + (kept + 1) + " the runs part: under " + under + " \"" + t.label() + "\" "
                + whatItDoes(t);
        if (step <= kept) {
            return "Now running under " + under + ", still at step " + step + "; " + why
                    + ". The recorded steps up to " + kept + " are kept." + differs;
        }
        return "Now running under " + under + ": " + why + ". Showing step " + kept + ", the last step both runs share."
                + differs;
    }

    /** " The steps differ from step 3: ..." where the same thread ran another statement, or "" if none did. */
    private static String firstDifference(Trace old, Trace replayed, int steps, String under, String before) {
        for (int i = 1; i <= steps; i++) {
            StepTaken a = taken(old, i);
            StepTaken b = taken(replayed, i);
            if (a != null && b != null && !(a.statement().equals(b.statement()) && a.at().equals(b.at()))) {
                return " The steps themselves differ from step " + i + ": \"" + replayed.program().threadLabel(b.thread())
                        + "\" runs " + b.statement() + " @ " + b.at() + " under " + under + ", " + a.statement()
                        + " under " + before + ".";
            }
        }
        return "";
    }

    private static StepTaken taken(Trace trace, int step) {
        for (Event e : trace.step(step).events()) {
            if (e instanceof StepTaken t) {
                return t;
            }
        }
        return null;
    }

    private static String whatItDoes(ThreadSnapshot t) {
        return switch (t.status()) {
            case BLOCKED -> t.stateText().replaceFirst("^blocked on ", "waits for ");
            case DONE -> "has already finished";
            case SLEEPING -> "sleeps: " + t.stateText();
            default -> "cannot take that step (" + t.stateText() + ")";
        };
    }
}
