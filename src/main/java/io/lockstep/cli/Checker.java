package io.lockstep.cli;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Found;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.explore.Verdict;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.SwitchSettings;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.model.Scenario;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Loads, explores and decides one scenario file: the work behind {@code lockstep check}. The time
 * limit counts from the start of the file's check and holds in every phase: the explorer and the
 * replays stop by themselves, and {@link CheckWatchdog} gives up on a load or compile that does not.
 */
final class Checker {
    private final Limits limits;
    private final int perKind;
    private final boolean checkRules;
    private final boolean strict;
    /** Whether to explore with the partial-order reduction ({@link io.lockstep.explore.ReducedSearch}); tests compare the two. */
    private boolean reduced;

    /** {@code perKind}: how many findings of each kind to replay and show (the rest are counted). */
    Checker(Limits limits, int perKind) {
        this(limits, perKind, false);
    }

    /** {@code checkRules}: whether the models' documented-rule checks ({@code assert_held ... rule}) run. */
    Checker(Limits limits, int perKind, boolean checkRules) {
        this(limits, perKind, checkRules, false);
    }

    /** {@code strict}: a finding that no expect line covers fails the file ({@link FileReport#strict}). */
    Checker(Limits limits, int perKind, boolean checkRules, boolean strict) {
        this.limits = limits;
        this.perKind = perKind;
        this.checkRules = checkRules;
        this.strict = strict;
    }

    /** This checker exploring with the partial-order reduction and the targeted shortest-schedule search. */
    Checker reduced() {
        this.reduced = true;
        return this;
    }

    FileReport check(Path file, String release) {
        return check(file, release, Map.of());
    }

    /** Checks {@code file} under {@code release} (null: its own) with {@code switches} set as --set sets them. */
    FileReport check(Path file, String release, Map<String, Boolean> switches) {
        long started = System.nanoTime();
        CheckStage stage = new CheckStage();
        return CheckWatchdog.run(file.toString(), release, limits, started, stage,
                () -> check(file, release, switches, started, stage));
    }

    /**
     * Loads {@code file} and applies {@code switches}; an unknown switch becomes an error at the top of
     * the file (it came from the command line, not from a line of the file).
     */
    static Loaded load(Path file, String release, Map<String, Boolean> switches) {
        return SwitchSettings.applyTo(ScenarioLoader.loadChecked(file, release, Capacity::check), switches, "--set",
                file.toString());
    }

    private FileReport check(Path file, String release, Map<String, Boolean> switches, long started, CheckStage stage) {
        return check(file.toString(), release, load(file, release, switches), started, stage);
    }

    /** Checks a scenario already loaded (a saved view's text), named {@code display} in the report. */
    FileReport check(String display, String release, java.util.function.Supplier<Loaded> load) {
        long started = System.nanoTime();
        CheckStage stage = new CheckStage();
        return CheckWatchdog.run(display, release, limits, started, stage,
                () -> check(display, release, load.get(), started, stage));
    }

    private FileReport check(String file, String release, Loaded loaded, long started, CheckStage stage) {
        if (!loaded.ok()) {
            return new FileReport(file, null, release, List.of(), loaded.diagnostics(), null, List.of(),
                    List.of(), 0, null, FileReport.INVALID);
        }
        Scenario scenario = loaded.scenario();
        stage.scenario = scenario;
        stage.enter(CheckStage.Phase.COMPILING);
        Program program = Program.compile(scenario, checkRules);
        stage.enter(CheckStage.Phase.EXPLORING);
        ExplorationResult result = reduced
                ? new io.lockstep.explore.ReducedSearch(program).explore(limits, Progress.NONE, started)
                : new Explorer(program).explore(limits, Progress.NONE, started);
        stage.exploration = result;
        stage.enter(CheckStage.Phase.REPORTING);
        long deadline = started + limits.timeout().toNanos();
        List<Verdict> verdicts = Verdict.decide(scenario.expects(), result);
        List<FileReport.Shown> shown = new ArrayList<>();
        Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);
        int omitted = 0;
        String cut = null;
        for (Found f : result.findings()) {
            int n = counts.merge(f.finding().kind(), 1, Integer::sum);
            boolean decides = verdicts.stream().anyMatch(v -> v.witness() == f);
            if (cut != null || (n > perKind && !decides)) {
                omitted++;
                continue;
            }
            if (System.nanoTime() > deadline) {
                cut = "the time limit (" + limits.timeout().toSeconds() + " s) was reached while replaying the findings;"
                        + " the schedules of the rest are not shown";
                omitted++;
                continue;
            }
            shown.add(replay(program, f));
        }
        int exit = exitCode(verdicts, result);
        FileReport report = new FileReport(file, scenario.title(), scenario.release(),
                List.copyOf(scenario.switches().values()), loaded.diagnostics(), result,
                verdicts, shown, omitted, cut, cut != null && exit == FileReport.OK ? FileReport.LIMIT : exit);
        return strict ? report.strict() : report;
    }

    /** Replays a finding's schedule and picks the same finding out of the replayed run. */
    static FileReport.Shown replay(Program program, Found f) {
        Trace trace = new ReplayScheduler(f.schedule()).drive(new TraceRecorder(program, null), f.schedule().size());
        Finding replayed = null;
        for (FindingReported r : trace.findings()) {
            Finding g = r.finding();
            if (g.key().equals(f.finding().key()) || sameRacePlace(g, f.finding())) {
                replayed = g;
                break;
            }
        }
        return new FileReport.Shown(f, trace, replayed);
    }

    private static boolean sameRacePlace(Finding a, Finding b) {
        return a instanceof Finding.Race ra && b instanceof Finding.Race rb && ra.place().equals(rb.place());
    }

    static int exitCode(List<Verdict> verdicts, ExplorationResult result) {
        boolean failed = verdicts.stream().anyMatch(v -> v.status() == Verdict.Status.FAILS)
                || !result.ofKind(Finding.Kind.RUNTIME_ERROR).isEmpty();
        if (failed) {
            return FileReport.EXPECTATION_FAILED;
        }
        if (verdicts.stream().anyMatch(v -> v.status() == Verdict.Status.UNSETTLED) || !result.complete()) {
            return FileReport.LIMIT;
        }
        return FileReport.OK;
    }
}
