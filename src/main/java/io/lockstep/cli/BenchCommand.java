package io.lockstep.cli;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measure the explorer: for every sample and for a generated family (threads x blocks), states, "
            + "transitions, states/s, state storage, peak heap and time to verdict. Times are medians of "
            + "--runs warm runs after one cold run. Where SPIN and gcc are installed, the same family is also "
            + "run through SPIN (full state storage) and the ratio of states/s is printed.", ""})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR", description = "Folder of samples (default: ${DEFAULT-VALUE}).")
    Path samples = Path.of("samples");

    @Option(names = "--runs", description = "Warm runs per model (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--family", split = ",", paramLabel = "TxB",
            description = "Generated models, threads x blocks (default: ${DEFAULT-VALUE}).")
    List<String> family = new ArrayList<>(List.of("2x2", "2x4", "2x8", "4x2", "4x4", "4x8"));

    @Option(names = "--no-spin", description = "Do not run SPIN even where it is installed.")
    boolean noSpin;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println(header());
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".lks")).sorted().toList()) {
                    Loaded l = ScenarioLoader.loadChecked(f, null, Capacity::check);
                    if (l.ok()) {
                        out.println(row(f.getFileName().toString(), Program.compile(l.scenario())));
                        out.flush();
                    }
                }
            }
        }
        io.lockstep.promela.Spin spin = noSpin ? null : io.lockstep.promela.Spin.find();
        for (String tb : family) {
            String[] parts = tb.split("x");
            int threads = Integer.parseInt(parts[0]);
            int blocks = Integer.parseInt(parts[1]);
            Loaded l = ScenarioLoader.loadTextChecked("family-" + tb + ".lks", BenchFamily.scenario(threads, blocks), null, null,
                    Capacity::check);
            if (!l.ok()) {
                l.diagnostics().forEach(d -> out.println(d.format()));
                return 1;
            }
            Measured m = measure(Program.compile(l.scenario()));
            out.println(format("family " + tb, m));
            if (spin != null) {
                io.lockstep.promela.Spin.Result s = spin.measure(BenchFamily.promela(threads, blocks));
                if (s != null) {
                    out.printf(Locale.ROOT, "  %-38s %,12d %14s %12.0f %10.1f %10s %10.1f %10.1f%n",
                            "SPIN, same family", s.states(), "-", s.statesPerSecond(), s.memoryMb(), "-",
                            s.searchMillis(), s.compileMillis() + s.panMillis());
                    out.printf(Locale.ROOT, "  %-38s states/s lockstep/SPIN %.2f; time to verdict SPIN (spin -a + gcc + pan, %.0f ms) / lockstep cold %.1f%n",
                            "  ratios", m.statesPerSecond() / s.statesPerSecond(), s.compileMillis() + s.panMillis(),
                            (s.compileMillis() + s.panMillis()) / m.coldMillis());
                }
            }
            out.flush();
        }
        if (spin == null && !noSpin) {
            out.println("(SPIN not found on PATH: no reference figures; install Debian's 'spin' and 'gcc' to compare)");
        }
        return 0;
    }

    private static String header() {
        return String.format(Locale.ROOT, "  %-38s %12s %14s %12s %10s %10s %10s %10s", "model", "states", "transitions",
                "states/s", "store MB", "heap MB", "warm ms", "cold ms");
    }

    private String row(String name, Program program) {
        return format(name, measure(program));
    }

    private static String format(String name, Measured m) {
        return String.format(Locale.ROOT, "  %-38s %,12d %,14d %12.0f %10.1f %10.1f %10.1f %10.1f", name, m.result.states(),
                m.result.transitions(), m.statesPerSecond(), m.result.storeBytes() / 1048576.0, m.peakHeapMb, m.warmMillis,
                m.coldMillis);
    }

    record Measured(ExplorationResult result, double coldMillis, double warmMillis, double peakHeapMb) {
        double statesPerSecond() {
            return result.states() / (warmMillis / 1000.0);
        }
    }

    private Measured measure(Program program) {
        resetPeaks();
        long t0 = System.nanoTime();
        ExplorationResult cold = new Explorer(program).explore(Limits.DEFAULT, Progress.NONE);
        double coldMs = (System.nanoTime() - t0) / 1e6;
        double peak = peakHeapMb();
        double[] warm = new double[Math.max(1, runs)];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            new Explorer(program).explore(Limits.DEFAULT, Progress.NONE);
            warm[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(warm);
        return new Measured(cold, coldMs, warm[warm.length / 2], peak);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }
}
