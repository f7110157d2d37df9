package io.lockstep.cli;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Found;
import io.lockstep.explore.Limits;
import io.lockstep.explore.NextThreadScheduler;
import io.lockstep.explore.Progress;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.SwitchSettings;
import io.lockstep.model.Scenario;
import io.lockstep.model.Switch;
import io.lockstep.promela.Promela;
import io.lockstep.trace.ChromeTrace;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lockstep export}: a scenario written in a format other tools read. For chrome-trace, one
 * run: the shortest schedule of a finding kind, as {@code check} and the window pick it, or the
 * first N steps of the window's next-thread policy. For promela, the whole scenario as a model SPIN
 * verifies ({@link Promela}). The writers live beside what they write; this class only chooses the
 * run and where the text goes.
 */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Write a scenario for another tool. chrome-trace is one run as Trace Event Format JSON, which"
                    + " chrome://tracing and ui.perfetto.dev open, with a track per thread (a slice per call frame,"
                    + " nested as the stack nests, and the statement of each step), a track per lock instance"
                    + " (who holds it, read or write, and who waits), arrows from a release to the acquisition it"
                    + " unblocked, and the findings as instants.",
            "",
            "Time is steps, not wall clock: " + ChromeTrace.TIME_SCALE + " (a viewer shows a step as 1 ms).",
            "",
            "promela is the whole scenario (no --schedule or --steps) as a Promela model for SPIN, compiled"
                    + " from the same instructions the explorer runs: one SPIN step per Lockstep step, the locks"
                    + " (rwsems prefer writers, trylock, restarts, kernfs drains), the shared places, assert and"
                    + " assert_held as assertions, and Lockstep's deadlock (a wait-for cycle, or every unfinished"
                    + " thread blocked) as an invalid end state. The file's comment says how to run spin, gcc and pan.",
            ""},
        footer = {
            "",
            "Exit codes:",
            "  0  written",
            "  1  no schedule shows that kind of finding, or -o FILE cannot be written",
            "  2  bad arguments (an unknown --format lists the formats), or an",
            "     invalid scenario (FILE:LINE:COL: message, the line, a caret)",
            "  3  the exploration stopped at a limit before it found that kind",
            "",
            "Examples:",
            "  lockstep export --format chrome-trace --schedule deadlock -o dl.json \\",
            "      samples/v40-hotadd-vs-udev-deadlock.lks",
            "  lockstep export --format chrome-trace --steps 30 FILE.lks > run.json",
            "  lockstep export --format promela -o model.pml FILE.lks",
            "Open the JSON in ui.perfetto.dev (Open trace file) or chrome://tracing (Load);",
            "verify the model with spin -a model.pml, gcc -DSAFETY -o pan pan.c, ./pan -A and ./pan -E."})
final class ExportCommand implements Callable<Integer> {
    /** The most --steps: far past any sample, and a bound on a restart loop that never ends. */
    static final int MAX_STEPS = 100_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = ExportFormat.Converter.class,
            description = "What to write: chrome-trace (one run, with --schedule or --steps) or promela (the"
                    + " whole scenario, for SPIN).")
    ExportFormat format;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Run run;

    static final class Run {
        @Option(names = "--schedule", paramLabel = "KIND", description = "The shortest schedule of a deadlock,"
                + " inversion, guarded-inversion, race or violation that the explorer finds.")
        String schedule;

        @Option(names = "--steps", paramLabel = "N", description = "N steps of the window's policy: the"
                + " lowest-numbered runnable thread, a thread asleep before a restart last (fewer if the run ends;"
                + " at most " + MAX_STEPS + ").")
        Integer steps;
    }

    @Option(names = "--release", paramLabel = "V", description = "Run under another bundled kernel model: v4.0, v4.18,"
            + " v4.20 or v6.14.")
    String release;

    @Option(names = "--set", paramLabel = "NAME=on|off", description = "Set a switch of the scenario or its kernel"
            + " model; repeatable; overrides the file's 'set' lines.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--rules", description = "Also check the series' documented locking rules, as 'check --rules' does.")
    boolean rules;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (a temporary file, then moved"
            + " into place) instead of standard output.")
    Path output;

    @Parameters(paramLabel = "FILE.lks", description = "The scenario.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (format.runs && run == null) {
            err.println("lockstep export: --format " + format.word + " writes one run: give --schedule KIND or --steps N");
            return FileReport.INVALID;
        }
        if (!format.runs && run != null) {
            err.println("lockstep export: --format " + format.word + " writes the whole scenario, every run;"
                    + " --schedule and --steps are for chrome-trace");
            return FileReport.INVALID;
        }
        Optional<Finding.Kind> kind = Optional.empty();
        if (run == null) {
            // the whole scenario: no run to choose
        } else if (run.schedule != null) {
            kind = Finding.Kind.ofScheduleWord(run.schedule);
            if (kind.isEmpty()) {
                err.println("lockstep export: --schedule wants deadlock, inversion, guarded-inversion, race or"
                        + " violation, not '" + run.schedule + "'");
                return FileReport.INVALID;
            }
        } else if (run.steps < 0 || run.steps > MAX_STEPS) {
            err.println("lockstep export: --steps wants a number of steps from 0 to " + MAX_STEPS + ", not " + run.steps);
            return FileReport.INVALID;
        }
        if (output != null && sameFile(output, file)) {
            err.println("lockstep export: -o " + output + " is the scenario itself; it would be overwritten");
            return FileReport.INVALID;
        }
        List<String> problems = new ArrayList<>();
        Optional<Map<String, Boolean>> switches = SwitchSettings.parse(sets, problems);
        if (switches.isEmpty()) {
            problems.forEach(p -> err.println("lockstep export: " + p));
            return FileReport.INVALID;
        }
        Loaded loaded = Checker.load(file, release, switches.get());
        loaded.diagnostics().forEach(d -> err.println(d.format()));
        if (!loaded.ok()) {
            long errors = loaded.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
            err.println(file + ": " + errors + (errors == 1 ? " error" : " errors") + ", not exported");
            return FileReport.INVALID;
        }
        Scenario scenario = loaded.scenario();
        Program program = Program.compile(scenario, rules);
        if (format == ExportFormat.PROMELA) {
            String model;
            try {
                model = Promela.model(program, promelaHeader(scenario));
            } catch (Promela.Unsupported e) {
                err.println(e.getMessage());
                err.println(file + ": not exported");
                return FileReport.INVALID;
            }
            return TextOutput.write(model, output, spec.commandLine().getOut(), err);
        }
        TraceRecorder recorder = new TraceRecorder(program, null);
        String what;
        if (kind.isPresent()) {
            ExplorationResult result = new Explorer(program).explore(Limits.DEFAULT, Progress.NONE);
            Optional<Found> shortest = result.shortest(kind.get());
            if (shortest.isEmpty()) {
                err.println("lockstep export: " + file + ": " + (result.complete()
                        ? "no interleaving shows a " + kind.get().words + " (all " + result.states() + " states explored)"
                        : "no " + kind.get().words + " found before the exploration stopped (" + result.stopReason() + ")"));
                return result.complete() ? FileReport.EXPECTATION_FAILED : FileReport.LIMIT;
            }
            List<Integer> schedule = shortest.get().schedule();
            new ReplayScheduler(schedule).drive(recorder, schedule.size());
            what = "shortest " + kind.get().words + " (" + schedule.size() + " steps)";
        } else {
            Trace t = new NextThreadScheduler().drive(recorder, run.steps);
            if (t.size() < run.steps) {
                err.println("lockstep export: the run ends after " + t.size() + " steps ("
                        + (recorder.stopped() ? "a runtime error stopped it" : "no thread can take a step") + ")");
            }
            what = run.steps + " steps, lowest runnable thread first";
        }
        String json = ChromeTrace.json(recorder.trace(), metadata(scenario, what));
        return TextOutput.write(json, output, spec.commandLine().getOut(), err);
    }

    /** The model's opening comment: what it was made from, so a reader can make it again. */
    private List<String> promelaHeader(Scenario scenario) {
        List<String> h = new ArrayList<>();
        h.add("Generated by " + spec.root().version()[0] + " (lockstep export --format promela) from " + file);
        h.add("scenario: " + scenario.title());
        h.add("release: " + (scenario.release() == null ? "none" : scenario.release())
                + (scenario.switches().isEmpty() ? "" : "; switches: " + SwitchSettings.describeChanges(scenario))
                + (rules ? "; documented rules checked" : ""));
        return h;
    }

    private Map<String, Object> metadata(Scenario scenario, String what) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", spec.root().version()[0]);
        m.put("file", file.toString());
        m.put("scenario", scenario.title());
        m.put("release", scenario.release() == null ? "none" : scenario.release());
        Map<String, String> switches = new LinkedHashMap<>();
        for (Switch s : scenario.switches().values()) {
            switches.put(s.name(), s.valueWord());
        }
        m.put("switches", switches.isEmpty() ? "none" : SwitchSettings.describeChanges(scenario));
        m.put("switch_values", switches);
        m.put("schedule", what);
        m.put("rules_checked", rules);
        return m;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException | SecurityException e) {
            return false; // the loader or the writer says what is wrong with either
        }
    }
}
