package io.lockstep.promela;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a Promela model through SPIN: {@code spin -a}, {@code gcc -DSAFETY -DNOREDUCE} (no partial-order
 * reduction, so pan explores the interleavings Lockstep explores), then {@code pan}. Two uses: the
 * benchmark's reference ({@link #measure}: the whole state space, end states and assertions
 * ignored, as performance.md measured it) and the referee of the differential test ({@link #verify}).
 */
public final class Spin {
    private static final Pattern STATES = Pattern.compile("([0-9.e+]+) states, stored");
    private static final Pattern MEMORY = Pattern.compile("([0-9.]+)\\s+total actual memory usage");
    private static final Pattern ELAPSED = Pattern.compile("pan: elapsed time ([0-9.e+-]+) seconds");
    private static final Pattern ERRORS = Pattern.compile("errors: (\\d+)");
    /** Deep enough for any sample: pan's search depth, which a restart loop does not grow (its states repeat). */
    private static final String DEPTH = "-m1000000";
    /**
     * The referee's hash table, 2^20 slots (8 MB): pan resolves collisions by chaining, so a larger
     * state space is still searched exactly, only slower; pan's default table costs a small model
     * more to allocate (130 MB) than to search.
     */
    private static final String HASH = "-w20";

    /** {@code searchMillis}: pan's own search time; {@code panMillis}: the whole pan process, wall clock. */
    public record Result(long states, double searchMillis, double panMillis, double compileMillis, double memoryMb) {
        public double statesPerSecond() {
            return states / (Math.max(searchMillis, 0.01) / 1000.0);
        }
    }

    /**
     * SPIN's two verdicts on an exported model. {@code panMillis} is both pan runs, wall clock;
     * {@code compileMillis} is spin -a and gcc.
     */
    public record Verdicts(boolean deadlock, boolean assertion, long states, double compileMillis, double panMillis) {}

    private Spin() {}

    /** Null when spin or gcc is not on the PATH. */
    public static Spin find() {
        return onPath("spin") && onPath("gcc") ? new Spin() : null;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The benchmark's measure: the whole state space, end states and assertions ignored (pan would
     * stop at the first of either, and an exported kernel model has both). Null when SPIN fails
     * (said on stderr).
     */
    public Result measure(String promela) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("lockstep-spin");
            long t0 = System.nanoTime();
            compile(dir, promela, "-O2", 16000); // as performance.md measured it
            double compile = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            String out = exec(dir, List.of("./pan", "-A", "-E", DEPTH));
            double pan = (System.nanoTime() - t1) / 1e6;
            Matcher s = STATES.matcher(out);
            Matcher m = MEMORY.matcher(out);
            Matcher e = ELAPSED.matcher(out);
            if (!s.find()) {
                System.err.println("lockstep bench: could not read SPIN's output:\n" + out);
                return null;
            }
            double search = e.find() ? Double.parseDouble(e.group(1)) * 1000 : pan;
            return new Result((long) Double.parseDouble(s.group(1)), search, pan, compile,
                    m.find() ? Double.parseDouble(m.group(1)) : 0);
        } catch (IOException | InterruptedException e) {
            System.err.println("lockstep bench: SPIN failed: " + e.getMessage());
            return null;
        } finally {
            delete(dir);
        }
    }

    /**
     * SPIN's deadlock and assertion verdicts on a model of {@link Promela}. pan stops at its first
     * error, so one run would report whichever kind its depth-first search meets first, and with
     * {@code -c0} it would go on but count both kinds in one number; so each verdict is its own run of
     * the same binary, the other kind switched off: {@code -A} (assertions ignored) says whether an
     * invalid end state, a deadlock, is reachable; {@code -E} (end states ignored) whether an
     * assertion can fail. Each run's error line must name its kind, and a run that did not finish (its
     * depth or memory ran out) is an exception, never a verdict. {@code optimization}: gcc's -O level,
     * -O0 compiling in half the time of -O2 for a small model.
     */
    public Verdicts verify(String promela, String optimization) throws IOException {
        Path dir = Files.createTempDirectory("lockstep-spin");
        try {
            long t0 = System.nanoTime();
            compile(dir, promela, optimization, 4096);
            double compile = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            String dl = exec(dir, List.of("./pan", "-A", DEPTH, HASH));
            String as = exec(dir, List.of("./pan", "-E", DEPTH, HASH));
            double pan = (System.nanoTime() - t1) / 1e6;
            boolean deadlock = found(dl, "invalid end state");
            boolean assertion = found(as, "assertion violated");
            Matcher s = STATES.matcher(as);
            return new Verdicts(deadlock, assertion, s.find() ? (long) Double.parseDouble(s.group(1)) : -1, compile, pan);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            delete(dir);
        }
    }

    /** Whether pan found an error of this kind; throws when its search did not finish or found another kind. */
    private static boolean found(String out, String kind) throws IOException {
        Matcher e = ERRORS.matcher(out);
        if (!e.find()) {
            throw new IOException("could not read pan's output:\n" + out);
        }
        if (Integer.parseInt(e.group(1)) > 0) {
            if (!out.contains("pan:1: " + kind)) {
                throw new IOException("pan's error is not an " + kind + ":\n" + out);
            }
            return true;
        }
        if (out.contains("max search depth too small") || out.contains("out of memory") || out.contains("-DMEMLIM")) {
            throw new IOException("pan's search did not finish:\n" + out);
        }
        return false;
    }

    private static void compile(Path dir, String promela, String optimization, int memoryMb) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("model.pml"), promela, StandardCharsets.UTF_8);
        exec(dir, List.of("spin", "-a", "model.pml"));
        exec(dir, List.of("gcc", optimization, "-DSAFETY", "-DNOREDUCE", "-DVECTORSZ=65536", "-DMEMLIM=" + memoryMb, "-o", "pan",
                "pan.c"));
    }

    /**
     * Runs {@code cmd} in {@code dir} and returns what it printed. The output goes to a file, not a
     * pipe: reading a pipe to its end would block on a process that hangs, and the timeout would
     * never be reached.
     */
    private static String exec(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Path log = dir.resolve("output.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String out = new String(Files.readAllBytes(log), StandardCharsets.UTF_8); // lenient, unlike readString
        if (!ended || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + (ended ? " failed:\n" : " did not end within 10 minutes:\n") + out);
        }
        return out;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path f : all) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a verdict for
        }
    }
}
