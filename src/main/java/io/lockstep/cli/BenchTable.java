package io.lockstep.cli;

import io.lockstep.explore.SearchOptions;
import io.lockstep.promela.Spin;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text {@code lockstep bench} prints: one row per model and engine, SPIN's row, the ratios. */
final class BenchTable {
    private static final String ROW = "  %-46s %,12d %14s %10.1f %10.1f %8.0f %8.1f %11.0f%n";
    private final PrintWriter out;

    BenchTable(PrintWriter out) {
        this.out = out;
    }

    void preamble(SearchOptions chosen, int runs, boolean baseline, boolean spin, boolean noSpin) {
        out.printf(Locale.ROOT, "lockstep bench: engine %s on %d thread%s (%d cores here), %d warm run%s per model%s%s%n",
                name(chosen.engine()), chosen.effectiveThreads(), chosen.effectiveThreads() == 1 ? "" : "s",
                Runtime.getRuntime().availableProcessors(), runs, runs == 1 ? "" : "s",
                baseline ? "; the baseline engine on the generated models" : "",
                spin ? "; SPIN on the generated models" : noSpin ? "; SPIN not run (--no-spin)" : "");
        out.println("  warm ms: the median of the warm runs (the engines take turns); cold ms: the first run of the model"
                + " in this JVM; B/state: state storage / states;");
        out.println("  heap MB: peak heap of the cold run. SPIN's row: warm = pan's own search time, cold = spin -a"
                + " + gcc + pan (end to end), heap = pan's memory.");
        out.println("  Ratios are the other's time over Lockstep's: >= 1 means Lockstep is faster.");
        out.println();
    }

    void header() {
        out.printf(Locale.ROOT, "  %-46s %12s %14s %10s %10s %8s %8s %11s%n", "model", "states", "transitions", "warm ms",
                "cold ms", "B/state", "heap MB", "states/s");
    }

    void row(String name, BenchMeasure.Measured m) {
        out.printf(Locale.ROOT, ROW, name, m.result().states(), String.format(Locale.ROOT, "%,d", m.result().transitions()),
                m.warmMillis(), m.coldMillis(), m.bytesPerState(), m.peakHeapMb(), m.statesPerSecond());
        if (!m.result().complete()) {
            out.println("    STOPPED before the end (" + m.result().stopReason() + "): the figures are of a partial search");
        }
        out.flush();
    }

    void spinRow(Spin.Result s) {
        out.printf(Locale.ROOT, ROW, "  SPIN, same model", s.states(), "-", s.searchMillis(),
                s.compileMillis() + s.panMillis(), s.memoryMb() * 1048576.0 / Math.max(1, s.states()), s.memoryMb(),
                s.statesPerSecond());
        out.flush();
    }

    /** The ratio line under a generated model; nothing when there is nothing to compare with. */
    void ratios(BenchMeasure.Measured m, BenchMeasure.Measured baseline, Spin.Result s) {
        List<String> parts = new ArrayList<>();
        if (s != null) {
            double spinEndToEnd = s.compileMillis() + s.panMillis();
            // pan prints its search time in hundredths of a second: 0 is "too short to tell"
            String pan = s.searchMillis() > 0 ? String.format(Locale.ROOT, "%.2f", s.searchMillis() / m.warmMillis())
                    : "n/a (under pan's 10 ms clock)";
            parts.add(String.format(Locale.ROOT, "SPIN pan / warm %s; SPIN end to end / Lockstep end to end %.2f"
                    + " (%.0f ms / %.0f ms load + compile + cold)", pan, spinEndToEnd / m.endToEndMillis(), spinEndToEnd,
                    m.endToEndMillis()));
        }
        if (baseline != null) {
            parts.add(String.format(Locale.ROOT, "baseline warm / %s warm %.2f", name(m.options().engine()),
                    baseline.warmMillis() / m.warmMillis()));
        }
        if (!parts.isEmpty()) {
            out.println("    ratios (>= 1: Lockstep faster): " + String.join("; ", parts));
        }
        out.flush();
    }

    void note(String line) {
        out.println(line);
        out.flush();
    }

    void startup(BenchStartup.Result r) {
        out.println();
        if (r == null) {
            out.println("start-up: not measured (no sample .lks in the --samples folder, or the JVM could not be started)");
            return;
        }
        out.printf(Locale.ROOT, "start-up (median of %d): cold 'lockstep check %s' %.0f ms; bare JVM start (an empty"
                + " main on the same class path) %.0f ms; ratio %.1f (check / bare JVM; target <= 3)%n", r.runs(),
                r.sample(), r.checkMillis(), r.bareMillis(), r.checkMillis() / r.bareMillis());
        out.flush();
    }

    private static String name(SearchOptions.Engine e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
