package io.lockstep.ui.compare;

import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Found;
import java.util.Optional;

/**
 * What exploring one side found: every finding with its shortest schedule, and every class-level
 * lock-order edge some interleaving makes (the explorer collects them).
 */
public record ExploredSide(ExplorationResult result) {

    /** Whether the exploration saw every state, so that "none" and "gone" are verdicts, not guesses. */
    public boolean complete() {
        return result.complete();
    }

    /** Every lock-order edge of every interleaving, in a stable order. */
    public java.util.SortedSet<OrderEdge> lockOrder() {
        java.util.SortedSet<OrderEdge> edges = new java.util.TreeSet<>();
        result.lockOrder().forEach(e -> edges.add(new OrderEdge(e.from(), e.to())));
        return edges;
    }

    /**
     * Whether some interleaving shows {@code kind}, as an {@code expect} line decides it: a broken
     * documented rule (the window checks them) is not a violation of the kernel's own checks.
     */
    public boolean has(Finding.Kind kind) {
        return result.ofKind(kind).stream().anyMatch(f -> !f.isRuleBroken());
    }

    /** Whether {@code kind} is found only as broken documented rules. */
    public boolean onlyRuleBroken(Finding.Kind kind) {
        return !has(kind) && !result.ofKind(kind).isEmpty();
    }

    /** The shortest schedule that shows a finding of {@code kind}, the kernel's own checks first. */
    public Optional<Found> shortest(Finding.Kind kind) {
        return result.shortest(kind);
    }
}
