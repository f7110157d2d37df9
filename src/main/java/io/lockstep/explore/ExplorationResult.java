package io.lockstep.explore;

import io.lockstep.event.Finding;
import java.util.List;

/**
 * What an exhaustive exploration found. {@code complete} is false when a limit or a cancel stopped
 * it; {@code stopReason} then says which, and how far it got is in the counts.
 */
public record ExplorationResult(long states, long transitions, int maxDepth, long elapsedNanos, long storeBytes,
        boolean complete, String stopReason, List<Found> findings) {
    public ExplorationResult {
        findings = List.copyOf(findings);
    }

    public List<Found> ofKind(Finding.Kind kind) {
        return findings.stream().filter(f -> f.finding().kind() == kind).toList();
    }
}
