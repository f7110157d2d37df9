package io.lockstep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code lockstep check FILE...} with nothing but files and on/off flags, run without picocli. Building
 * picocli's model of the commands (reflection, annotation proxies, its converters) costs a cold start
 * more than checking a small scenario does, so the everyday form skips it. Anything
 * else (an option with a value, --help, {@code --}, an @file, a flag given twice, no file, a picocli
 * system property) is left to picocli, as is every other command. For the arguments it takes, it sets
 * CheckCommand's fields as picocli would (PlainCheckTest holds the two to it), writes through writers
 * made as picocli makes them, and reports an exception as {@link Main#run} does.
 */
final class PlainCheck {
    /** CheckCommand's boolean options: each sets its field to true. */
    static final List<String> FLAGS = List.of("--list-switches", "--replay", "--json", "--all", "--rules", "--strict",
            "--verbose", "--no-timing");

    private PlainCheck() {}

    /** The check command that {@code args} asks for, or null where picocli must parse them. */
    static CheckCommand parse(String... args) {
        if (args.length < 2 || !args[0].equals("check") || picocliConfigured()) {
            return null;
        }
        CheckCommand check = new CheckCommand();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (FLAGS.contains(arg)) {
                if (!seen.add(arg)) {
                    return null; // picocli: "should be specified only once"
                }
                set(check, arg);
            } else if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@") || arg.indexOf('\0') >= 0) {
                return null;
            } else {
                check.files.add(Path.of(arg));
            }
        }
        return check.files.isEmpty() ? null : check;
    }

    private static void set(CheckCommand check, String flag) {
        switch (flag) {
            case "--list-switches" -> check.listSwitches = true;
            case "--replay" -> check.replay = true;
            case "--json" -> check.json = true;
            case "--all" -> check.all = true;
            case "--rules" -> check.rules = true;
            case "--strict" -> check.strict = true;
            case "--verbose" -> check.verbose = true;
            case "--no-timing" -> check.noTiming = true;
            default -> throw new IllegalArgumentException(flag);
        }
    }

    /** Whether a picocli.* system property (such as picocli.trace) asks picocli for something. */
    private static boolean picocliConfigured() {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code check} on standard output and error; returns the exit code. */
    static int run(CheckCommand check) {
        PrintWriter out = writer(System.out, "sun.stdout.encoding");
        PrintWriter err = writer(System.err, "sun.stderr.encoding");
        try {
            return check.run(out, err);
        } catch (Exception ex) {
            return Main.internalError(ex, err);
        }
    }

    /** A writer as picocli's CommandLine.getOut and getErr make one. */
    private static PrintWriter writer(PrintStream stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        Charset charset;
        if (name == null) {
            charset = Charset.defaultCharset();
        } else {
            try {
                charset = Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
            } catch (Exception e) {
                charset = Charset.defaultCharset();
            }
        }
        return new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, charset)), true);
    }
}
