package io.lockstep.ui.compare;

import io.lockstep.engine.Engine;
import io.lockstep.ui.vm.ThreadSnapshot;
import java.util.List;

/**
 * Where two runs part: the first step at which their schedules differ (0: they agree to the end),
 * and why, in words. Up to step {@code step − 1} both panes show the same choices; from
 * {@code step} on each pane follows its own schedule.
 */
public record Parting(int step, String text) {
    public static final Parting NONE = new Parting(0, "The two runs take the same steps from start to end.");

    public boolean parted() {
        return step > 0;
    }

    static Parting of(SideRun left, SideRun right) {
        List<Integer> a = left.trace().schedule();
        List<Integer> b = right.trace().schedule();
        int common = Math.min(a.size(), b.size());
        int i = 0;
        while (i < common && a.get(i).equals(b.get(i))) {
            i++;
        }
        if (i == a.size() && i == b.size()) {
            return NONE;
        }
        Integer ta = i < a.size() ? a.get(i) : null;
        Integer tb = i < b.size() ? b.get(i) : null;
        String why;
        if (ta != null && !canStep(right, i, ta)) {
            why = took(left, ta) + right.label() + " " + thread(right, i, ta) + cont(right, tb);
        } else if (tb != null && !canStep(left, i, tb)) {
            why = took(right, tb) + left.label() + " " + thread(left, i, tb) + cont(left, ta);
        } else {
            why = left.label() + " steps \"" + left.program().threadLabel(ta) + "\", " + right.label() + " steps \""
                    + right.program().threadLabel(tb) + "\" (each run's lowest runnable thread)";
        }
        String aligned = i == 0 ? "The runs part at step 1: " : i == 1 ? "Step 1 takes the same thread on both sides; from step 2 the runs part: "
                : "Steps 1–" + i + " take the same threads on both sides; from step " + (i + 1) + " the runs part: ";
        return new Parting(i + 1, aligned + why + ".");
    }

    private static boolean canStep(SideRun side, int after, int t) {
        if (after == side.size() && side.stopped()) {
            return false;
        }
        return new Engine(side.program()).isEnabled(side.trace().stateAt(after), t);
    }

    /** "probe" is blocked on device_hotplug_lock held by "udev", as the threads panel says it. */
    private static String thread(SideRun side, int after, int t) {
        boolean stopped = after == side.size() && side.stopped();
        ThreadSnapshot s = ThreadSnapshot.of(side.program(), new Engine(side.program()), side.trace().stateAt(after),
                stopped).get(t);
        return "\"" + s.label() + "\" is " + s.stateText();
    }

    private static String took(SideRun side, int t) {
        return side.label() + " steps \"" + side.program().threadLabel(t) + "\" next, but under ";
    }

    private static String cont(SideRun side, Integer next) {
        return next == null ? "; the " + side.label() + " run ends there"
                : "; " + side.label() + " goes on with \"" + side.program().threadLabel(next) + "\"";
    }
}
