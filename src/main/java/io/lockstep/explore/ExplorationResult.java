package io.lockstep.explore;

import io.lockstep.event.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an exhaustive exploration found. {@code complete} is false when a limit or a cancel stopped
 * it; {@code stopReason} then says which, and how far it got is in the counts. {@code lockOrder} is
 * every distinct class-level lock-order edge made in any interleaving explored, sorted by the
 * classes' declaration order, so the window can lay the graph out once for the whole scenario.
 * {@code reduced}: the counts are those of a partial-order reduced search, which visits fewer
 * states than there are (the findings and their schedules are the full search's all the same).
 */
public record ExplorationResult(long states, long transitions, int maxDepth, long elapsedNanos, long storeBytes,
        boolean complete, String stopReason, List<Found> findings, List<ClassEdge> lockOrder, boolean reduced) {
    public ExplorationResult {
        findings = List.copyOf(findings);
        lockOrder = List.copyOf(lockOrder);
    }

    /** The result of a search of every state. */
    public ExplorationResult(long states, long transitions, int maxDepth, long elapsedNanos, long storeBytes,
            boolean complete, String stopReason, List<Found> findings, List<ClassEdge> lockOrder) {
        this(states, transitions, maxDepth, elapsedNanos, storeBytes, complete, stopReason, findings, lockOrder, false);
    }

    /** A result that knows no lock-order edges (one that stopped before it explored anything). */
    public ExplorationResult(long states, long transitions, int maxDepth, long elapsedNanos, long storeBytes,
            boolean complete, String stopReason, List<Found> findings) {
        this(states, transitions, maxDepth, elapsedNanos, storeBytes, complete, stopReason, findings, List.of());
    }

    public List<Found> ofKind(Finding.Kind kind) {
        return findings.stream().filter(f -> f.finding().kind() == kind).toList();
    }

    /**
     * The shortest schedule that shows a finding of {@code kind}, as the window's badge loads it:
     * the kernel's own violations before a broken documented rule, then the fewest steps.
     */
    public Optional<Found> shortest(Finding.Kind kind) {
        return ofKind(kind).stream().min(Comparator.comparing(Found::isRuleBroken)
                .thenComparingInt(f -> f.schedule().size()));
    }
}
