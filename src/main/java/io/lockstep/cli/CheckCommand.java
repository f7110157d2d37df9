package io.lockstep.cli;

import io.lockstep.engine.Capacity;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.lang.LanguageLimits;
import io.lockstep.lang.SwitchSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Explore every interleaving of each scenario and decide its expect lines.",
            "",
            "For each expect line it prints whether it holds; for every finding (deadlock, inversion, "
                    + "guarded inversion, race, violation, runtime error) the shortest schedule that shows it, as "
                    + "numbered steps 'thread: statement  @ file.c:function'; for an inversion, the witness stack of "
                    + "each edge of the lock-order cycle and lockdep's 'possible unsafe locking scenario'.",
            ""},
        footer = {
            "",
            "Exit codes:",
            "  0  every expect line holds",
            "  1  an expect line does not hold, or a scenario runtime error is reachable",
            "     (with --strict also: a finding that no expect line covers)",
            "  2  a file is not valid (FILE:LINE:COL: message, the line, a caret), or an",
            "     option is wrong (such as an unknown --release)",
            "  3  a limit (--max-states, --timeout, memory) stopped the check first",
            "With several files, the most serious code of any of them: 2, then 1, then 3,",
            "then 0 (nothing was checked in an invalid file; a failure found stands",
            "whatever a limit left unsettled elsewhere). The report then ends with a",
            "count, such as '3 files: 2 hold, 1 fails'.",
            "",
            "Examples:",
            "  lockstep check samples/v40-hotadd-vs-udev-deadlock.lks",
            "  lockstep check --release v4.20 samples/v40-hotadd-vs-udev-deadlock.lks",
            "  lockstep check --release v4.18 --set patch3=on samples/v40-hotadd-vs-udev-deadlock.lks",
            "  lockstep check --matrix patch2,patch3 samples/v418-patch3-alone-deadlock.lks",
            "  lockstep check --json samples/*.lks"})
final class CheckCommand implements Callable<Integer> {
    /** The longest --timeout: a week (so that it still counts in nanoseconds). */
    static final long MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;

    /**
     * The limits, for the end of {@code check --help}; built from the constants so that the help
     * cannot drift from the code ({@link Main#commandLine} appends them to the footer).
     */
    static List<String> limitsFooter() {
        return List.of(
                "",
                "Limits (past one: an error at the line, exit 2; the last three stop a",
                "run, and the report says how far it got, exit 3):",
                "  a file        a regular file (FIFOs, devices are refused unopened) of",
                "                at most " + (LanguageLimits.MAX_FILE_BYTES >> 20) + " MiB; all files of a scenario "
                        + (LanguageLimits.MAX_SOURCE_BYTES >> 20) + " MiB;",
                "                uses nest at most " + LanguageLimits.MAX_USE_DEPTH + " files deep",
                "  nesting       " + LanguageLimits.MAX_NESTING + " levels of braces, parentheses, operators",
                "  threads       " + Capacity.MAX_THREADS,
                "  blocks        block numbers 0.." + (LanguageLimits.MAX_BLOCK_NUMBERS - 1) + "; block_size at most 1G",
                "  locks         " + Capacity.MAX_LOCK_DECLS + " declarations (kernel model included),",
                "                " + n(Capacity.MAX_LOCK_INSTANCES) + " instances (an array has one per block number)",
                "  state         " + n(Capacity.MAX_STATE_WORDS) + " words: threads and locals, locks, vars,",
                "                3 per block number",
                "  inlined code  " + n(LanguageLimits.MAX_INLINED_STATEMENTS) + " statements, all threads, calls inlined;",
                "                calls and ifs nest " + LanguageLimits.MAX_INLINE_DEPTH + " deep; "
                        + n(LanguageLimits.MAX_LOCALS_PER_THREAD) + " locals per thread",
                "  values        var and init values are 32-bit ints",
                "  --timeout     counts from the start of each file, and holds while",
                "                loading, compiling, exploring and replaying; at most",
                "                " + n(MAX_TIMEOUT_SECONDS) + " s (a week)",
                "  --max-states  at most " + n(Explorer.MAX_STATES) + " (more counts as that)",
                "  memory, width a run stops when the heap is nearly full, or a state",
                "                grows (lock-order edges) past " + n(Explorer.MAX_STATE_WORDS) + " words");
    }

    private static String n(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.lks).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--release", paramLabel = "V",
            description = "Run the same threads under another bundled kernel model: v4.0, v4.18, v4.20 or v6.14.")
    String release;

    @Option(names = "--set", paramLabel = "NAME=on|off", description = "Set a switch of the scenario or its kernel"
            + " model (such as --set patch3=on); repeatable; overrides the file's 'set' lines.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--list-switches", description = "Print each file's switches, their values and what they do,"
            + " and stop (the same as 'lockstep switches FILE').")
    boolean listSwitches;

    @Option(names = "--matrix", arity = "0..1", paramLabel = "NAMES", parameterConsumer = MatrixNamesConsumer.class,
            description = "Run each file under every combination of its switches (or of the comma-separated"
                    + " NAMES, such as --matrix patch2,patch3) and print one row per combination with each"
                    + " verdict. Exit 0, or 3 if a limit stopped a row.")
    String matrix;

    @Option(names = "--replay", description = "The FILEs are views saved in the window (.lkview): restore each"
            + " (its scenario text, release, switches, schedule and step), say whether the bundled model changed"
            + " since and where the schedule stops applying, print the steps up to the saved one, then check it.")
    boolean replay;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--max-states", paramLabel = "N", description = "Stop after N states (default: ${DEFAULT-VALUE}).")
    long maxStates = Limits.DEFAULT.maxStates();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = Limits.DEFAULT.timeout().toSeconds();

    @Option(names = "--all", description = "Print every finding, not only the first few of each kind.")
    boolean all;

    @Option(names = "--rules", description = "Also check the series' documented locking rules (the models'"
            + " assert_held ... rule statements); a broken rule is a violation. Off by default, so that"
            + " 'expect no violation' speaks of the kernel's own assertions.")
    boolean rules;

    @Option(names = "--strict", description = "Also fail (exit 1) on any finding that no expect line covers,"
            + " such as a race in a scenario that only expects a deadlock.")
    boolean strict;

    @Option(names = "--verbose", description = "Print every finding's schedule in full, with the scenario's notes"
            + " above the steps they narrate (by default a schedule that an earlier finding shares is printed once).")
    boolean verbose;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = ColorWhen.class,
            description = "Colour the verdicts and finding headers: auto (the default: only when standard output"
                    + " is a terminal, TERM is not dumb and NO_COLOR is unset), always or never.")
    Ink.When color = Ink.When.AUTO;

    @picocli.CommandLine.Mixin
    SearchMixin search = new SearchMixin();

    @Option(names = "--no-timing", description = "Leave out wall-clock figures (for output that must not change).")
    boolean noTiming;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The check, writing to {@code out} and {@code err} (picocli's, or {@link PlainCheck}'s). */
    int run(PrintWriter out, PrintWriter err) {
        if (maxStates <= 0 || timeoutSeconds <= 0) {
            err.println("lockstep check: --max-states and --timeout must be positive");
            return FileReport.INVALID;
        }
        if (timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            err.println("lockstep check: --timeout may be at most " + MAX_TIMEOUT_SECONDS
                    + " seconds (a week)");
            return FileReport.INVALID;
        }
        if (!knownRelease("check", release, err)) {
            return FileReport.INVALID;
        }
        List<String> problems = new ArrayList<>();
        java.util.Optional<java.util.Map<String, Boolean>> switches = SwitchSettings.parse(sets, problems);
        if (switches.isEmpty()) {
            problems.forEach(p -> err.println("lockstep check: " + p));
            return FileReport.INVALID;
        }
        io.lockstep.explore.SearchOptions options = search.options("check", err);
        if (options == null) {
            return FileReport.INVALID;
        }
        Limits limits = new Limits(maxStates, Duration.ofSeconds(timeoutSeconds), options);
        if (listSwitches || matrix != null) {
            return listOrMatrix(out, err, limits, switches.get());
        }
        if (replay) {
            return replayViews(out, err, limits);
        }
        Checker checker = new Checker(limits, all ? Integer.MAX_VALUE : 3, rules, strict);
        List<FileReport> reports = new ArrayList<>();
        TextReport text = new TextReport(out, !noTiming, verbose, Ink.of(color));
        for (Path f : files) {
            FileReport r = checker.check(f, release, switches.get());
            reports.add(r);
            if (!json) {
                if (reports.size() > 1) {
                    out.println();
                }
                text.print(r);
                out.flush();
            }
        }
        int exit = combined(reports.stream().map(FileReport::exitCode).toList());
        if (!json && reports.size() > 1) {
            out.println();
            out.println(filesSummary(reports.stream().map(FileReport::exitCode).toList()));
        }
        if (json) {
            out.println(JsonReport.of(reports, exit, !noTiming));
        }
        out.flush();
        return exit;
    }

    private int listOrMatrix(PrintWriter out, PrintWriter err, Limits limits, java.util.Map<String, Boolean> switches) {
        if (json) {
            err.println("lockstep check: --json does not combine with --matrix or --list-switches");
            return FileReport.INVALID;
        }
        List<Integer> exits = new ArrayList<>();
        MatrixCheck matrixCheck = new MatrixCheck(limits, rules, out, err);
        for (Path f : files) {
            if (exits.size() > 0) {
                out.println();
            }
            if (matrix != null) {
                exits.add(matrixCheck.run(f, release, switches, matrix));
            } else {
                exits.add(SwitchList.print(out, f, release, switches));
            }
            out.flush();
        }
        return combined(exits);
    }

    private int replayViews(PrintWriter out, PrintWriter err, Limits limits) {
        if (json || matrix != null || !sets.isEmpty() || release != null) {
            err.println("lockstep check: --replay restores a view as it was saved: it does not"
                    + " combine with --json, --matrix, --set or --release");
            return FileReport.INVALID;
        }
        TextReport text = new TextReport(out, !noTiming, verbose, Ink.of(color));
        ReplayCheck replayCheck = new ReplayCheck(new Checker(limits, all ? Integer.MAX_VALUE : 3, rules, strict), rules,
                text, out);
        List<Integer> exits = new ArrayList<>();
        for (Path f : files) {
            if (!exits.isEmpty()) {
                out.println();
            }
            exits.add(replayCheck.run(f));
            out.flush();
        }
        if (exits.size() > 1) {
            out.println();
            out.println(filesSummary(exits));
        }
        return combined(exits);
    }

    /** --color's words, in lower case as the help writes them (picocli's enum conversion wants ALWAYS). */
    static final class ColorWhen implements picocli.CommandLine.ITypeConverter<Ink.When> {
        @Override
        public Ink.When convert(String value) {
            for (Ink.When w : Ink.When.values()) {
                if (w.name().equalsIgnoreCase(value)) {
                    return w;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of auto, always, never");
        }
    }

    /**
     * Whether {@code release} (null: none asked for) names a bundled model; if not, says so as an error
     * of the option, once, rather than as an error at line 1 of every file.
     */
    static boolean knownRelease(String command, String release, PrintWriter err) {
        if (release == null || io.lockstep.lang.Releases.BUNDLED.contains(release)) {
            return true;
        }
        err.println("lockstep " + command + ": --release " + release + ": no such bundled model; known: "
                + String.join(", ", io.lockstep.lang.Releases.BUNDLED));
        err.flush();
        return false;
    }

    /**
     * The closing line of a check of several files, "3 files: 2 hold, 1 fails": the exit code says
     * only the worst, and a long report's per-file verdicts have scrolled away by its end.
     */
    static String filesSummary(List<Integer> exits) {
        List<String> parts = new ArrayList<>();
        int hold = java.util.Collections.frequency(exits, FileReport.OK);
        int fail = java.util.Collections.frequency(exits, FileReport.EXPECTATION_FAILED);
        int invalid = java.util.Collections.frequency(exits, FileReport.INVALID);
        int limit = java.util.Collections.frequency(exits, FileReport.LIMIT);
        if (hold > 0) {
            parts.add(hold + (hold == 1 ? " holds" : " hold"));
        }
        if (fail > 0) {
            parts.add(fail + (fail == 1 ? " fails" : " fail"));
        }
        if (invalid > 0) {
            parts.add(invalid + (invalid == 1 ? " is invalid" : " are invalid"));
        }
        if (limit > 0) {
            parts.add(limit + " stopped at a limit");
        }
        return exits.size() + " files: " + String.join(", ", parts);
    }

    /** The exit code of several files: invalid input outranks a failed expectation, which outranks a limit. */
    private static int combined(List<Integer> exits) {
        int[] rank = {FileReport.INVALID, FileReport.EXPECTATION_FAILED, FileReport.LIMIT};
        for (int code : rank) {
            if (exits.contains(code)) {
                return code;
            }
        }
        return FileReport.OK;
    }
}
