package io.lockstep.ui.compare;

import io.lockstep.engine.Program;
import io.lockstep.ui.vm.ModelVariant;
import java.util.List;

/**
 * The same threads under two models, recorded: both replay one schedule (the window's run, or the
 * shortest schedule of a finding) as far as each model lets them, then each goes on by itself.
 * Where their schedules first differ is the {@link Parting}.
 */
public record ComparedRuns(SideRun left, SideRun right, List<Integer> schedule, String origin, Parting parting) {
    public ComparedRuns {
        schedule = List.copyOf(schedule);
    }

    /** Records both runs of {@code schedule}; {@code origin} says where the schedule came from, for people. */
    public static ComparedRuns record(ModelVariant leftVariant, Program left, ModelVariant rightVariant, Program right,
            List<Integer> schedule, String origin) {
        SideRun l = SideRun.record(leftVariant, left, schedule);
        SideRun r = SideRun.record(rightVariant, right, schedule);
        return new ComparedRuns(l, r, schedule, origin, Parting.of(l, r));
    }

    /** The last step of the longer run: where the shared cursor ends. */
    public int length() {
        return Math.max(left.size(), right.size());
    }

    public SideRun side(boolean rightSide) {
        return rightSide ? right : left;
    }
}
