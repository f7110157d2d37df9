package io.lockstep.cli;

import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Found;
import io.lockstep.explore.Verdict;
import io.lockstep.lang.Diagnostic;
import io.lockstep.model.Switch;
import io.lockstep.trace.Trace;
import java.util.List;

/**
 * Everything {@code lockstep check} says about one file: its diagnostics, the exploration, each
 * expect line's verdict, and each finding replayed along its shortest schedule. {@code title} is
 * null when the file did not load. {@code limitNote} is null, or says which limit cut the report
 * short after the exploration (the schedules it did not replay). {@code switches}: the scenario's
 * switches with the values this check ran them at (empty when it did not load or has none).
 * {@code uncovered}: under {@code --strict}, the findings that no expect line speaks of (else empty).
 */
record FileReport(String file, String title, String release, List<Switch> switches, List<Diagnostic> diagnostics,
        ExplorationResult exploration, List<Verdict> verdicts, List<Shown> shown, int omitted, String limitNote,
        int exitCode, List<Found> uncovered) {

    FileReport(String file, String title, String release, List<Switch> switches, List<Diagnostic> diagnostics,
            ExplorationResult exploration, List<Verdict> verdicts, List<Shown> shown, int omitted, String limitNote,
            int exitCode) {
        this(file, title, release, switches, diagnostics, exploration, verdicts, shown, omitted, limitNote, exitCode,
                List.of());
    }

    /** A finding with the run that replays its shortest schedule, and the finding as that run reports it. */
    record Shown(Found found, Trace trace, Finding replayed) {
        /** The replayed finding when the replay produced it (with witnesses and accesses), else the explorer's. */
        Finding best() {
            return replayed != null ? replayed : found.finding();
        }
    }

    FileReport {
        switches = List.copyOf(switches);
        uncovered = List.copyOf(uncovered);
    }

    /**
     * This report as {@code --strict} decides it: a finding that no expect line speaks of fails the
     * file (exit 1) as a failed expect line would, so that a scenario cannot pass while showing more
     * than it says. An invalid file stays invalid; a limit's exit 3 gives way, since what was found is found.
     */
    FileReport strict() {
        if (exploration == null || exitCode == INVALID) {
            return this;
        }
        List<Found> none = exploration.findings().stream()
                .filter(f -> verdicts.stream().noneMatch(v -> Verdict.matches(v.expect(), f.finding()))).toList();
        return none.isEmpty() ? this : new FileReport(file, title, release, switches, diagnostics, exploration,
                verdicts, shown, omitted, limitNote, EXPECTATION_FAILED, none);
    }

    static final int OK = 0;
    static final int EXPECTATION_FAILED = 1;
    static final int INVALID = 2;
    static final int LIMIT = 3;
}
