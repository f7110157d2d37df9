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
 */
record FileReport(String file, String title, String release, List<Switch> switches, List<Diagnostic> diagnostics,
        ExplorationResult exploration, List<Verdict> verdicts, List<Shown> shown, int omitted, String limitNote,
        int exitCode) {

    /** A finding with the run that replays its shortest schedule, and the finding as that run reports it. */
    record Shown(Found found, Trace trace, Finding replayed) {
        /** The replayed finding when the replay produced it (with witnesses and accesses), else the explorer's. */
        Finding best() {
            return replayed != null ? replayed : found.finding();
        }
    }

    FileReport {
        switches = List.copyOf(switches);
    }

    static final int OK = 0;
    static final int EXPECTATION_FAILED = 1;
    static final int INVALID = 2;
    static final int LIMIT = 3;
}
