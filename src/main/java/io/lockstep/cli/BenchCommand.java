package io.lockstep.cli;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.explore.SearchOptions;
import io.lockstep.explore.SearchOptions.Engine;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.promela.Promela;
import io.lockstep.promela.Spin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true, description = {
    "Measure the explorer: for every sample, for a generated family (threads x blocks) and for a scalable "
            + "family of N hotplug actors on the bundled v4.18 model: states, transitions, time to verdict warm "
            + "(the median of --runs runs) and cold (the first run in this JVM), bytes of state storage per state, "
            + "peak heap and states/s. On the generated models the baseline engine runs too and the ratio of "
            + "warm times is printed; where SPIN and gcc are installed, the same models run through SPIN (full "
            + "state storage, no partial-order reduction) and the ratios to pan's search time and to SPIN's end "
            + "to end (spin -a + gcc + pan) are printed. Every ratio is the other's time over Lockstep's: >= 1 "
            + "means Lockstep is faster. Last, the start-up: a cold 'lockstep check' in a new JVM against a bare "
            + "JVM start.", ""},
        footer = {"", "Exit codes:",
            "  0  measured",
            "  1  the two engines found different kinds of finding on a model (a bug),",
            "     or a generated model did not load",
            "  2  an option is wrong (such as an unknown --engine)",
            "", "Examples:",
            "  lockstep bench",
            "  java -Xmx14g -jar lockstep.jar bench --family 6x4 --actors none",
            "  lockstep bench --actors 6 --family none --samples none --runs 3",
            "  lockstep bench --engine baseline --no-spin --actors 1..4"})
final class BenchCommand implements Callable<Integer> {
    /**
     * The family up to 4x8: about 3 s a run with the engine of today, so a default run takes a few
     * minutes (SPIN's gcc included). 6x4 is not in it: it has more than 20 million states with the
     * engine of today and runs out of the default heap (about 6 GB here); ask for it with
     * {@code --family 6x4} (and {@code java -Xmx14g -jar ...}).
     */
    static final List<String> DEFAULT_FAMILY = List.of("2x2", "2x4", "4x2", "4x4", "4x6", "4x8");

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Folder of samples, each measured with the chosen engine (default: ${DEFAULT-VALUE};"
                    + " 'none' for none).")
    Path samples = Path.of("samples");

    @Option(names = "--runs", description = "Warm runs per model and engine, after one cold run (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--family", split = ",", paramLabel = "TxB",
            description = "Generated models, threads x blocks, or 'none' (default: 2x2,2x4,4x2,4x4,4x6,4x8;"
                    + " 6x4 on request: it needs a heap of more than 6 GB with the engine of today).")
    List<String> family = new ArrayList<>(DEFAULT_FAMILY);

    @Option(names = "--actors", paramLabel = "N..M|N,M,...",
            description = "Rows of the actor family: the first N of its six hotplug actors on v4.18, as a range"
                    + " (1..5) or a list (4,5,6), or 'none' (default: ${DEFAULT-VALUE}; 6 actors take about 20 s a run"
                    + " and 4 GB with the engine of today).")
    String actors = "1..5";

    @picocli.CommandLine.Mixin
    SearchMixin search = new SearchMixin();

    @Option(names = "--compare-baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also run the baseline engine on the generated models (the family and the actors) and"
                    + " print the ratio of warm times (default: on; --no-compare-baseline to skip).")
    boolean compareBaseline;

    @Option(names = "--no-spin", description = "Do not run SPIN even where it is installed.")
    boolean noSpin;

    @Option(names = "--startup", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Measure a cold 'lockstep check' of a sample in a new JVM against a bare JVM start"
                    + " (default: on; --no-startup to skip).")
    boolean startup;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs wants at least 1, not " + runs);
        }
        SearchOptions chosen = search.options("bench", spec.commandLine().getErr());
        if (chosen == null) {
            return 2;
        }
        List<int[]> familySizes = familySizes();
        List<Integer> actorCounts = actorCounts();
        boolean baseline = compareBaseline && chosen.engine() != Engine.BASELINE;
        Spin spin = noSpin ? null : Spin.find();
        BenchMeasure measure = new BenchMeasure(runs);
        BenchTable table = new BenchTable(out);

        table.preamble(chosen, runs, baseline, spin != null, noSpin);
        table.header();
        boolean agree = true;
        if (!samples.toString().equals("none") && Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".lks")).sorted().toList()) {
                    Loaded l = ScenarioLoader.loadChecked(f, null, Capacity::check);
                    BenchMeasure.Measured m = l.ok() ? measure.run(Program.compile(l.scenario()), chosen, 0) : null;
                    if (m != null) {
                        table.row(f.getFileName().toString(), m);
                    }
                }
            }
        }
        for (int[] tb : familySizes) {
            String name = tb[0] + "x" + tb[1];
            long t0 = System.nanoTime();
            Program program = compile("family-" + name + ".lks", BenchFamily.scenario(tb[0], tb[1]), out);
            if (program == null) {
                return 1;
            }
            double prep = (System.nanoTime() - t0) / 1e6;
            agree &= generated(table, measure, "family " + name, program, prep, chosen, baseline, spin,
                    () -> BenchFamily.promela(tb[0], tb[1]));
        }
        for (int n : actorCounts) {
            long t0 = System.nanoTime();
            Program program = compile("actors-" + n + ".lks", BenchFamily.actors(n), out);
            if (program == null) {
                return 1;
            }
            double prep = (System.nanoTime() - t0) / 1e6;
            agree &= generated(table, measure, "actors " + n + " on v4.18", program, prep, chosen, baseline, spin,
                    () -> Promela.model(program, List.of("lockstep bench: the actor family, " + n + " actors on v4.18")));
        }
        if (spin == null && !noSpin) {
            out.println("(SPIN not found on PATH: no reference figures; install Debian's 'spin' and 'gcc' to compare)");
        }
        if (startup) {
            table.startup(BenchStartup.measure(samples));
        }
        out.flush();
        return agree ? 0 : 1;
    }

    /**
     * One generated model: its row, the baseline's and SPIN's, and the ratios. False when the two
     * engines disagree on the findings (which would be a bug of one of them).
     */
    private static boolean generated(BenchTable table, BenchMeasure measure, String name, Program program, double prep,
            SearchOptions chosen, boolean compareBaseline, Spin spin, java.util.function.Supplier<String> promela) {
        List<BenchMeasure.Measured> both = measure.runAll(program,
                compareBaseline ? List.of(chosen, SearchOptions.BASELINE) : List.of(chosen), prep);
        BenchMeasure.Measured m = both.get(0);
        if (m == null) {
            table.note("  " + name + ": out of memory (" + BenchMeasure.maxHeapMb()
                    + " MB of heap); give Java more with java -Xmx... -jar lockstep.jar bench");
            return true;
        }
        table.row(name, m);
        BenchMeasure.Measured b = compareBaseline ? both.get(1) : null;
        if (compareBaseline && b == null) {
            table.note("    baseline engine: out of memory (" + BenchMeasure.maxHeapMb() + " MB of heap)");
        } else if (b != null) {
            table.row("  baseline engine", b);
        }
        Spin.Result s = null;
        if (spin != null) {
            String model;
            try {
                model = promela.get();
            } catch (Promela.Unsupported e) {
                model = null;
                table.note("  (not exported to Promela: " + e.getMessage() + ")");
            }
            s = model == null ? null : spin.measure(model);
            if (s != null) {
                table.spinRow(s);
            }
        }
        table.ratios(m, b, s);
        if (b != null && !m.findingKinds().equals(b.findingKinds())) {
            table.note("  !! the engines disagree: " + chosen.engine().name().toLowerCase(Locale.ROOT) + " finds "
                    + m.findingKinds() + ", baseline " + b.findingKinds());
            return false;
        }
        return true;
    }

    private static Program compile(String name, String text, PrintWriter out) {
        Loaded l = ScenarioLoader.loadTextChecked(name, text, null, null, Capacity::check);
        if (!l.ok()) {
            l.diagnostics().forEach(d -> out.println(d.format()));
            return null;
        }
        return Program.compile(l.scenario());
    }

    private List<int[]> familySizes() {
        List<int[]> sizes = new ArrayList<>();
        for (String tb : family) {
            if (tb.equals("none")) {
                continue;
            }
            String[] parts = tb.split("x", -1);
            int t = parts.length == 2 ? positive(parts[0]) : -1;
            int b = parts.length == 2 ? positive(parts[1]) : -1;
            if (t < 1 || b < 1 || t > Capacity.MAX_THREADS || b > 64) {
                throw new ParameterException(spec.commandLine(), "--family wants THREADSxBLOCKS such as 4x6 (1 to "
                        + Capacity.MAX_THREADS + " threads, 1 to 64 blocks) or 'none', not '" + tb + "'");
            }
            sizes.add(new int[] {t, b});
        }
        return sizes;
    }

    /** The --actors list: a range {@code N..M}, a list {@code N,M,...}, or none. */
    private List<Integer> actorCounts() {
        String v = actors.trim();
        List<Integer> counts = new ArrayList<>();
        if (v.equals("none")) {
            return counts;
        }
        int max = BenchFamily.ACTORS.size();
        String[] range = v.split("\\.\\.", -1);
        if (range.length == 2) {
            int from = positive(range[0]);
            int to = positive(range[1]);
            if (from >= 1 && to <= max && from <= to) {
                for (int n = from; n <= to; n++) {
                    counts.add(n);
                }
                return counts;
            }
        } else if (range.length == 1) {
            for (String item : v.split(",", -1)) {
                int n = positive(item.trim());
                if (n < 1 || n > max) {
                    counts.clear();
                    break;
                }
                counts.add(n);
            }
            if (!counts.isEmpty()) {
                return counts;
            }
        }
        throw new ParameterException(spec.commandLine(), "--actors wants a range such as 1..5, a list such as 4,5,6"
                + " (from 1 to " + max + ") or 'none', not '" + actors + "'");
    }

    /** The number, or -1 when the text is not a small positive number. */
    private static int positive(String s) {
        return s.matches("[0-9]{1,4}") ? Integer.parseInt(s) : -1;
    }
}
