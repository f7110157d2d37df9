package io.lockstep.cli;

import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Found;
import io.lockstep.explore.Verdict;
import io.lockstep.lang.Diagnostic;
import io.lockstep.trace.Trace;
import java.util.List;

/**
 * Everything {@code lockstep check} says about one file: its diagnostics, the exploration, each
 * expect line's verdict, and each finding replayed along its shortest schedule. {@code title} is
 * null when the file did not load. {@code limitNote} is null, or says which limit cut the report
 * short after the exploration (the schedules it did not replay).
 */
record FileReport(String file, String title, String release, List<Diagnostic> diagnostics,
        ExplorationResult exploration, List<Verdict> verdicts, List<Shown> shown, int omitted, String limitNote,
        int exitCode) {

    /** A finding with the run that replays its shortest schedule, and the finding as that run reports it. */
    record Shown(Found found, Trace trace, Finding replayed) {
        /** The replayed finding when the replay produced it (with witnesses and accesses), else the explorer's. */
        Finding best() {
            return replayed != null ? replayed : found.finding();
        }
    }

    static final int OK = 0;
    static final int EXPECTATION_FAILED = 1;
    static final int INVALID = 2;
    static final int LIMIT = 3;
}
