package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The everyday {@code lockstep check FILE...} that runs without picocli: it takes
 * only arguments that it reads exactly as picocli would, and its path loads neither picocli's model
 * nor anything of the window.
 */
class PlainCheckTest {
    private static final String HEADLINE = "samples/v40-hotadd-vs-udev-deadlock.lks";

    /** Argument lists that PlainCheck takes; each must come out as picocli parses it. */
    private static final List<List<String>> TAKEN = List.of(
            List.of("check", HEADLINE),
            List.of("check", "a.lks", "b.lks", "c.lks"),
            List.of("check", "--json", "a.lks"),
            List.of("check", "a.lks", "--no-timing", "b.lks", "--verbose"),
            List.of("check", "--list-switches", "--replay", "--json", "--all", "--rules", "--strict", "--verbose",
                    "--no-timing", "a.lks"),
            List.of("check", "--json", "true"),
            List.of("check", "--all", "false", "--strict"),
            List.of("check", "with space.lks", "x=y.lks", "check", "help", "dir/../a.lks"));

    /** Argument lists that PlainCheck leaves to picocli. */
    private static final List<List<String>> LEFT = List.of(
            List.of("check"),
            List.of("check", "--json"),
            List.of("check", "--release", "v4.0", "a.lks"),
            List.of("check", "--release=v4.0", "a.lks"),
            List.of("check", "--set", "patch3=on", "a.lks"),
            List.of("check", "--matrix", "a.lks"),
            List.of("check", "--color", "never", "a.lks"),
            List.of("check", "--max-states", "10", "a.lks"),
            List.of("check", "-h", "a.lks"),
            List.of("check", "--help"),
            List.of("check", "-V", "a.lks"),
            List.of("check", "--", "a.lks"),
            List.of("check", "@args.txt"),
            List.of("check", "--json", "--json", "a.lks"),
            List.of("check", "--json=true", "a.lks"),
            List.of("check", ""),
            List.of("check", "-"),
            List.of("check", "a\0.lks"),
            List.of("show", "a.lks"),
            List.of("help", "check"),
            List.of());

    @Test
    void takesOnlyWhatItParsesAsPicocliDoes() throws IllegalAccessException {
        for (List<String> args : TAKEN) {
            String[] a = args.toArray(String[]::new);
            CheckCommand plain = PlainCheck.parse(a);
            assertNotNull(plain, "PlainCheck should take " + args);
            CommandLine.ParseResult parsed = Main.commandLine().parseArgs(a);
            CheckCommand picocli = (CheckCommand) parsed.subcommand().commandSpec().userObject();
            assertEquals(options(picocli), options(plain), String.valueOf(args));
        }
    }

    @Test
    void leavesTheRestToPicocli() {
        for (List<String> args : LEFT) {
            assertNull(PlainCheck.parse(args.toArray(String[]::new)), "PlainCheck should leave " + args);
        }
    }

    @Test
    void itsFlagsAreCheckCommandsBooleanOptions() {
        List<String> booleans = new ArrayList<>();
        for (Field f : CheckCommand.class.getDeclaredFields()) {
            CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
            if (o != null && f.getType() == boolean.class) {
                booleans.addAll(List.of(o.names()));
            }
        }
        assertEquals(booleans, PlainCheck.FLAGS);
    }

    @Test
    void printsWhatPicocliRunPrints() {
        String[] args = {"check", "--no-timing", HEADLINE};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlainCheck.parse(args).run(new PrintWriter(out), new PrintWriter(err));
        CheckCommandTest.Result viaPicocli = CheckCommandTest.run(args);
        assertEquals(viaPicocli.code(), code);
        assertEquals(viaPicocli.out(), out.toString());
        assertEquals(viaPicocli.err(), err.toString());
    }

    /**
     * In a fresh JVM, {@code lockstep check FILE} loads no JavaFX, none of the window's classes and
     * not picocli's CommandLine, whose model building is most of a cold start.
     */
    @Test
    void theCheckPathLoadsNoJavaFxAndNoPicocli() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                "io.lockstep.Launcher", "check", "--no-timing", HEADLINE)
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the check did not end");
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("5 of 5 expectations hold"), log);
        assertTrue(log.contains(" io.lockstep.cli.PlainCheck source:"), "no class-load log: " + log);
        List<String> unwanted = log.lines()
                .filter(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx.") || l.contains(" io.lockstep.ui.")
                        || l.contains(" picocli.CommandLine source:"))
                .toList();
        assertEquals(List.of(), unwanted);
    }

    /** CheckCommand's option and parameter fields, by name, as text. */
    private static List<String> options(CheckCommand c) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field f : CheckCommand.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                f.setAccessible(true);
                values.add(f.getName() + "=" + f.get(c));
            }
        }
        assertFalse(values.isEmpty());
        return values;
    }
}
