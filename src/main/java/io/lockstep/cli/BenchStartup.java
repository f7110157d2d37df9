package io.lockstep.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The start-up figure of {@code lockstep bench}: a cold {@code lockstep check} of one sample in a new
 * JVM against a bare JVM start (an empty main on the same class path), each the median of a few
 * runs, wall clock, from process start to exit.
 */
final class BenchStartup {
    static final int RUNS = 3;

    private BenchStartup() {}

    record Result(String sample, int runs, double checkMillis, double bareMillis) {}

    /** The bare JVM start's main: nothing. */
    public static final class Bare {
        private Bare() {}

        public static void main(String[] args) {
            // a JVM that starts, loads one class of the jar and ends
        }
    }

    /** Null when the folder has no sample or a JVM could not be run (said on stderr). */
    static Result measure(Path samples) {
        Path sample = sample(samples);
        if (sample == null) {
            return null;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> check = new ArrayList<>(List.of(java));
        List<String> bare = new ArrayList<>(List.of(java));
        Path jar = ownJar();
        if (jar != null) {
            check.addAll(List.of("-jar", jar.toString()));
            bare.addAll(List.of("-cp", jar.toString()));
        } else {
            String cp = System.getProperty("java.class.path");
            check.addAll(List.of("-cp", cp, "io.lockstep.Launcher"));
            bare.addAll(List.of("-cp", cp));
        }
        check.addAll(List.of("check", sample.toString()));
        bare.add(Bare.class.getName());
        try {
            return new Result(sample.toString(), RUNS, median(check), median(bare));
        } catch (IOException e) {
            System.err.println("lockstep bench: the start-up could not be measured: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The headline sample when the folder has it, else its first .lks. */
    private static Path sample(Path samples) {
        if (!Files.isDirectory(samples)) {
            return null;
        }
        Path headline = samples.resolve(io.lockstep.ui.vm.BundledSamples.HEADLINE);
        if (Files.isRegularFile(headline)) {
            return headline;
        }
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(p -> p.toString().endsWith(".lks")).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The jar this class was loaded from, or null when it was a folder of classes (a test run). */
    private static Path ownJar() {
        try {
            Path p = Path.of(BenchStartup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static double median(List<String> cmd) throws IOException, InterruptedException {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new IOException(String.join(" ", cmd) + " did not end within 2 minutes");
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (p.exitValue() > 3) {
                throw new IOException(String.join(" ", cmd) + " exited " + p.exitValue());
            }
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
