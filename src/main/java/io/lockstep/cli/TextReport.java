package io.lockstep.cli;

import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.StepTaken;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Verdict;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.SwitchSettings;
import io.lockstep.trace.StepRecord;
import io.lockstep.trace.Trace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The human-readable report of {@code lockstep check}: verdicts first, then each finding with its schedule. */
final class TextReport {
    private final PrintWriter out;
    private final boolean timing;
    private final boolean verbose;
    private final Ink ink;
    /** The findings of the current file whose schedules are printed in full, in order (to refer back to). */
    private final List<FileReport.Shown> printed = new ArrayList<>();
    /** Every finding of the current file printed so far, to number a kind's findings in a reference. */
    private final List<FileReport.Shown> seen = new ArrayList<>();

    /** {@code timing}: print wall-clock figures (off for golden files, which must be byte-stable). */
    TextReport(PrintWriter out, boolean timing) {
        this(out, timing, false);
    }

    /**
     * {@code verbose}: print every finding's schedule in full, with each step's notes, even when an
     * earlier finding of the file has the same schedule (by default it is printed once and referred to).
     */
    TextReport(PrintWriter out, boolean timing, boolean verbose) {
        this(out, timing, verbose, Ink.NONE);
    }

    /** {@code ink}: how the verdicts and finding headers are coloured (--color). */
    TextReport(PrintWriter out, boolean timing, boolean verbose, Ink ink) {
        this.out = out;
        this.timing = timing;
        this.verbose = verbose;
        this.ink = ink;
    }

    void print(FileReport r) {
        if (r.exitCode() == FileReport.INVALID) {
            for (Diagnostic d : r.diagnostics()) {
                out.println(d.format());
            }
            long errors = r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
            out.println(r.file() + ": " + errors + (errors == 1 ? " error" : " errors") + ", not checked");
            return;
        }
        String changed = SwitchSettings.describeChanges(r.switches());
        out.println(r.file() + ":" + (r.title() == null ? "" : " \"" + r.title() + "\"")
                + (r.release() == null ? "" : " (kernel model " + r.release()
                        + (changed.equals("defaults") ? "" : "; " + changed) + ")")
                + (r.release() == null && !changed.equals("defaults") ? " (" + changed + ")" : ""));
        for (Diagnostic d : r.diagnostics()) {
            out.println(d.format());
        }
        exploration(r.exploration());
        out.println();
        int width = r.verdicts().stream().mapToInt(v -> v.expect().text().length()).max().orElse(0) + 2;
        for (Verdict v : r.verdicts()) {
            String status = switch (v.status()) {
                case HOLDS -> ink.holds("holds");
                case FAILS -> ink.fails("FAILS");
                case UNSETTLED -> ink.unsettled("not settled (limit reached)");
            };
            String why = v.witness() == null ? "" : "   (" + v.witness().finding().kind().words + ", "
                    + v.witness().schedule().size() + " steps)";
            out.println("  " + pad(v.expect().text(), width) + status + why);
        }
        printed.clear();
        seen.clear();
        for (FileReport.Shown s : r.shown()) {
            out.println();
            finding(s);
        }
        if (r.limitNote() != null) {
            out.println();
            out.println("(STOPPED: " + r.limitNote() + ")");
        } else if (r.omitted() > 0) {
            out.println();
            out.println("(" + r.omitted() + " more findings of kinds shown above are not printed; use --all)");
        }
        if (!r.uncovered().isEmpty()) {
            out.println();
            out.println("--strict: no expect line covers " + (r.uncovered().size() == 1 ? "this finding:" : "these findings:"));
            r.uncovered().forEach(f -> out.println("  " + f.finding().summary()));
        }
        out.println();
        out.println(r.file() + ": " + summary(r));
    }

    /** The closing line of a file, its verdict in colour: green when all holds, red when it failed. */
    private String summary(FileReport r) {
        String plain = plainSummary(r);
        return switch (r.exitCode()) {
            case FileReport.OK -> ink.holds(plain);
            case FileReport.LIMIT -> ink.unsettled(plain);
            default -> ink.fails(plain);
        };
    }

    /** "2 findings (deadlock, race)": how many, and their kinds in the order found. */
    private static String uncovered(FileReport r) {
        int n = r.uncovered().size();
        String kinds = String.join(", ", r.uncovered().stream().map(f -> f.finding().kind().words).distinct().toList());
        return n + (n == 1 ? " finding (" : " findings (") + kinds + ")";
    }

    /*
     * The report writes its numbers itself, as Locale.ROOT's %,d, %.1f and %,.0f would: the first
     * Formatter of a process compiles its regex and loads the locale's number symbols, a noticeable
     * part of a cold check. TextReportNumbersTest holds them to Formatter's output.
     */
    private void exploration(ExplorationResult e) {
        out.println("explored " + grouped(e.states()) + " states and " + grouped(e.transitions())
                + " transitions, schedules up to " + e.maxDepth() + " steps"
                + (e.reduced() ? " (partial-order reduced)" : "")
                + (e.complete() ? "" : " -- STOPPED: " + e.stopReason()));
        if (timing) {
            double ms = e.elapsedNanos() / 1e6;
            out.println("in " + decimal(ms, 1) + " ms (" + grouped(decimal(e.states() / Math.max(1e-9,
                    e.elapsedNanos() / 1e9), 0)) + " states/s), " + grouped(e.storeBytes() / 1024) + " KB of state storage");
        }
    }

    /** {@code value} as {@code String.format(Locale.ROOT, "%,d", value)} writes it. */
    static String grouped(long value) {
        return grouped(Long.toString(value));
    }

    /** An integer's digits (after an optional minus) with a comma between each group of three. */
    private static String grouped(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
        sb.append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /**
     * A finite {@code value} with {@code places} decimals as {@code %.Nf} writes it: Formatter rounds the
     * shortest decimal form of the double half up, so this does too.
     */
    static String decimal(double value, int places) {
        return new java.math.BigDecimal(Double.toString(value)).setScale(places, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String plainSummary(FileReport r) {
        long holds = r.verdicts().stream().filter(v -> v.status() == Verdict.Status.HOLDS).count();
        String base = holds + " of " + r.verdicts().size() + " expectations hold";
        return switch (r.exitCode()) {
            case FileReport.OK -> base;
            case FileReport.LIMIT -> base + "; a limit stopped the exploration before every verdict was settled";
            default -> base + (r.exploration().ofKind(Finding.Kind.RUNTIME_ERROR).isEmpty() ? ""
                    : "; a runtime error of the scenario is reachable")
                    + (r.uncovered().isEmpty() ? "" : "; " + uncovered(r) + " no expect line covers (--strict)")
                    + " -- FAILED";
        };
    }

    private void finding(FileReport.Shown s) {
        Finding f = s.best();
        out.println(ink.header(f.summary()));
        int steps = s.found().schedule().size();
        FileReport.Shown same = verbose || steps == 0 ? null : sameSchedule(s);
        if (steps == 0) {
            out.println("  before the first step (the threads' leading statements find it)");
        } else if (same != null) {
            // Several findings of one file often share their shortest schedule (a deadlock and the
            // inversions it closes); printing it once keeps the report readable, --verbose repeats it.
            out.println("  shortest schedule, " + steps + (steps == 1 ? " step" : " steps") + ": the same as the "
                    + reference(same) + " above");
        } else {
            out.println("  shortest schedule, " + steps + (steps == 1 ? " step:" : " steps:"));
            schedule(s.trace());
            printed.add(s);
        }
        seen.add(s);
        if (f instanceof Finding.Inversion inv) {
            inversion(inv, s.trace().program());
        }
    }

    private FileReport.Shown sameSchedule(FileReport.Shown s) {
        return printed.stream().filter(p -> p.found().schedule().equals(s.found().schedule())).findFirst().orElse(null);
    }

    /** How a later finding names an earlier one: its kind, with an ordinal when several of the kind came before. */
    private String reference(FileReport.Shown earlier) {
        Finding.Kind kind = earlier.found().finding().kind();
        List<FileReport.Shown> ofKind = seen.stream().filter(p -> p.found().finding().kind() == kind).toList();
        if (ofKind.size() == 1) {
            return kind.words;
        }
        int i = ofKind.indexOf(earlier);
        String[] ordinals = {"first", "second", "third", "fourth", "fifth"};
        return (i < ordinals.length ? ordinals[i] : "#" + (i + 1)) + " " + kind.words;
    }

    private void schedule(Trace trace) {
        schedule(trace, trace.size());
    }

    /** The run's first {@code upTo} steps, numbered, as "thread: statement  @ file.c:function". */
    void schedule(Trace trace, int upTo) {
        List<StepRecord> steps = trace.steps().subList(0, Math.min(upTo, trace.size()));
        int labelWidth = trace.program().threadLabels().stream().mapToInt(String::length).max().orElse(0) + 1;
        int stmtWidth = 0;
        for (StepRecord r : steps) {
            StepTaken st = stepTaken(r);
            stmtWidth = Math.max(stmtWidth, st == null ? 0 : st.statement().length());
        }
        // A note narrates its thread's next step, but the engine reports it with the step (or the
        // start) that ran up to it: keep it per thread until that thread steps again.
        String[] pending = new String[trace.program().threadCount()];
        if (verbose) {
            collectNotes(trace.initialEvents(), pending);
        }
        for (StepRecord r : steps) {
            StepTaken st = stepTaken(r);
            String label = trace.program().threadLabel(r.thread()) + ":";
            String stmt = st == null ? "?" : st.statement();
            String at = st == null || st.at() == null ? "" : "  @ " + st.at();
            if (pending[r.thread()] != null) {
                out.println("        " + pad("", labelWidth) + " note: " + pending[r.thread()]);
                pending[r.thread()] = null;
            }
            String step = String.valueOf(r.step()); // %4d, without a Formatter (see exploration)
            out.println("  " + "    ".substring(Math.min(4, step.length())) + step + "  " + pad(label, labelWidth) + " "
                    + pad(stmt, stmtWidth) + at);
            if (verbose) {
                collectNotes(r.events(), pending);
            }
        }
    }

    private static void collectNotes(List<Event> events, String[] pending) {
        for (Event e : events) {
            if (e instanceof io.lockstep.event.Narration n) {
                pending[n.thread()] = pending[n.thread()] == null ? n.text() : pending[n.thread()] + " " + n.text();
            }
        }
    }

    private static StepTaken stepTaken(StepRecord r) {
        for (Event e : r.events()) {
            if (e instanceof StepTaken st) {
                return st;
            }
        }
        return null;
    }

    private void inversion(Finding.Inversion inv, io.lockstep.engine.Program program) {
        for (Finding.EdgeWitness w : inv.witnesses()) {
            out.println("  edge " + w.from() + " -> " + w.to() + ": \"" + w.thread() + "\" at step " + w.step() + ", "
                    + w.statement());
            for (String frame : w.stack()) {
                out.println("        " + frame);
            }
            out.println("        holding " + (w.held().isEmpty() ? "nothing" : String.join(", ", w.held())));
        }
        if (inv.gate() == null) {
            out.println();
            // lockdep's own class names (kn->count for a kernfs active reference), as a splat prints them
            java.util.function.UnaryOperator<String> lockdepName = cls -> {
                int c = program.lockClassIndex(cls);
                return c < 0 ? cls : program.lockdepName(c);
            };
            LockdepScenario.lines(inv, lockdepName).forEach(l -> out.println(l.isEmpty() ? "" : "  " + l));
        }
        if (!inv.novalidate().isEmpty()) {
            out.println();
            out.println("  note: " + String.join(", ", inv.novalidate()) + (inv.novalidate().size() == 1 ? " is" : " are")
                    + " lockdep_set_novalidate_class() (dev->mutex): the kernel's own lockdep would not report this cycle.");
        }
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
