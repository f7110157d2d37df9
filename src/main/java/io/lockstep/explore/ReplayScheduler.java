package io.lockstep.explore;

import io.lockstep.engine.MachineState;
import java.util.List;

/** Replays a schedule (thread numbers, one per step); stops at its end or at a thread that cannot run. */
public final class ReplayScheduler implements Scheduler {
    private final List<Integer> schedule;

    public ReplayScheduler(List<Integer> schedule) {
        this.schedule = List.copyOf(schedule);
    }

    @Override
    public int pick(MachineState state, int enabledMask, int step) {
        if (step > schedule.size()) {
            return -1;
        }
        int t = schedule.get(step - 1);
        return (enabledMask & (1 << t)) != 0 ? t : -1;
    }
}
