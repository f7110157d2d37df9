package io.lockstep.explore;

import io.lockstep.event.Finding;
import java.util.List;

/** A finding of the explorer and the shortest schedule that shows it (thread numbers, one per step). */
public record Found(Finding finding, List<Integer> schedule) {
    public Found {
        schedule = List.copyOf(schedule);
    }

    /** Whether this is a broken documented rule rather than a violation of the kernel's own checks. */
    public boolean isRuleBroken() {
        return finding instanceof Finding.Violation v && v.violation() == Finding.ViolationKind.RULE_BROKEN;
    }
}
