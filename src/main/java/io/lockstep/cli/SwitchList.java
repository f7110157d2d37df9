package io.lockstep.cli;

import io.lockstep.model.Scenario;
import io.lockstep.model.Switch;
import java.io.PrintWriter;

/** The switches of a scenario as {@code lockstep switches} and {@code check --list-switches} print them. */
final class SwitchList {
    private SwitchList() {}

    /** Loads {@code file} and prints its switches; returns the exit code (2 when it does not load). */
    static int print(PrintWriter out, java.nio.file.Path file, String release, java.util.Map<String, Boolean> sets) {
        io.lockstep.lang.Loaded loaded = Checker.load(file, release, sets);
        if (!loaded.ok()) {
            loaded.diagnostics().forEach(d -> out.println(d.format()));
            out.println(file + ": not valid");
            return FileReport.INVALID;
        }
        print(out, file.toString(), loaded.scenario());
        return FileReport.OK;
    }

    static void print(PrintWriter out, String file, Scenario scenario) {
        out.println(file + ": \"" + scenario.title() + "\""
                + (scenario.release() == null ? "" : " (kernel model " + scenario.release() + ")"));
        if (scenario.switches().isEmpty()) {
            out.println("  no switches" + (scenario.release() == null ? "" : " in this scenario or kernel model "
                    + scenario.release()));
            return;
        }
        int width = scenario.switches().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Switch s : scenario.switches().values()) {
            String value = s.valueWord() + (s.setBy() == null ? " (default)" : " (set at " + s.setBy() + ", default "
                    + (s.defaultOn() ? "on" : "off") + ")");
            out.println("  " + s.name() + " ".repeat(width - s.name().length()) + "  " + pad(value, 12) + "  "
                    + s.description());
        }
        out.println("Set one with 'set NAME = on' in the scenario, or --set NAME=on on the command line.");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
