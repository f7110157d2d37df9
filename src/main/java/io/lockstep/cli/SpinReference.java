package io.lockstep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a Promela model through SPIN the way performance.md measured the reference: {@code spin -a},
 * {@code gcc -O2 -DSAFETY -DNOREDUCE}, then {@code pan} exploring the whole state space.
 */
final class SpinReference {
    private static final Pattern STATES = Pattern.compile("([0-9.e+]+) states, stored");
    private static final Pattern MEMORY = Pattern.compile("([0-9.]+)\\s+total actual memory usage");
    private static final Pattern ELAPSED = Pattern.compile("pan: elapsed time ([0-9.e+-]+) seconds");

    /** {@code searchMillis}: pan's own search time; {@code panMillis}: the whole pan process, wall clock. */
    record Result(long states, double searchMillis, double panMillis, double compileMillis, double memoryMb) {
        double statesPerSecond() {
            return states / (Math.max(searchMillis, 0.01) / 1000.0);
        }
    }

    private SpinReference() {}

    /** Null when spin or gcc is not on the PATH. */
    static SpinReference find() {
        return onPath("spin") && onPath("gcc") ? new SpinReference() : null;
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

    /** Null when SPIN fails (the reason goes to standard error). */
    Result run(String promela) {
        try {
            Path dir = Files.createTempDirectory("lockstep-spin");
            Files.writeString(dir.resolve("model.pml"), promela, StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            exec(dir, List.of("spin", "-a", "model.pml"));
            exec(dir, List.of("gcc", "-O2", "-DSAFETY", "-DNOREDUCE", "-DMEMLIM=16000", "-o", "pan", "pan.c"));
            double compile = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            String out = exec(dir, List.of("./pan", "-E", "-m1000000"));
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
        }
    }

    private static String exec(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        }
        return out;
    }
}
