package io.lockstep.ui.compare;

import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Found;
import java.util.Comparator;
import java.util.Optional;

/** What exploring one side found: every finding with its shortest schedule, and every lock-order edge. */
public record ExploredSide(ExplorationResult result, LockOrderUnion.Result lockOrder) {

    /** Whether both walks saw every state, so that "none" and "gone" are verdicts, not guesses. */
    public boolean complete() {
        return result.complete() && lockOrder.complete();
    }

    public boolean has(Finding.Kind kind) {
        return !result.ofKind(kind).isEmpty();
    }

    /** The shortest schedule that shows a finding of {@code kind}. */
    public Optional<Found> shortest(Finding.Kind kind) {
        return result.ofKind(kind).stream().min(Comparator.comparingInt(f -> f.schedule().size()));
    }
}
