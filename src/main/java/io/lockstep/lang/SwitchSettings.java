package io.lockstep.lang;

import io.lockstep.model.Scenario;
import io.lockstep.model.Switch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Switch values chosen outside the scenario's text: the command line's {@code --set NAME=on|off},
 * the matrix's combinations, the window's toggles. They override the file's {@code set} lines, the way
 * {@code --release} overrides its {@code use}.
 */
public final class SwitchSettings {
    private SwitchSettings() {}

    /** A scenario with its switches chosen, or why they could not be. */
    public record Applied(Scenario scenario, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Parses {@code NAME=on|off} items (as given to {@code --set}) in order; a name given twice is an
     * error. Returns the values, or empty with the problem in {@code problems}.
     */
    public static Optional<Map<String, Boolean>> parse(List<String> items, List<String> problems) {
        Map<String, Boolean> values = new LinkedHashMap<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            String name = eq < 0 ? item.trim() : item.substring(0, eq).trim();
            String value = eq < 0 ? "" : item.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !(value.equals("on") || value.equals("off"))) {
                problems.add("--set " + item + ": write --set NAME=on or --set NAME=off");
            } else if (values.containsKey(name)) {
                problems.add("--set " + item + ": switch " + name + " is already set to "
                        + (values.get(name) ? "on" : "off") + " on this command line; set a switch once");
            } else {
                values.put(name, value.equals("on"));
            }
        }
        return problems.isEmpty() ? Optional.of(values) : Optional.empty();
    }

    /** {@code scenario} with {@code values} applied, each marked as set by {@code by} (such as "--set"). */
    public static Applied apply(Scenario scenario, Map<String, Boolean> values, String by) {
        for (String name : values.keySet()) {
            if (!scenario.switches().containsKey(name)) {
                return new Applied(null, "unknown switch " + name
                        + KnownSwitches.describe(name, scenario.switches().keySet(), scenario.release()));
            }
        }
        return new Applied(scenario.withSwitchValues(values, by), null);
    }

    /**
     * {@code loaded} with {@code values} applied (as set by {@code by}); an unknown switch becomes an
     * error of {@code file} without a line, since it came from outside the file (the command line,
     * the window).
     */
    public static Loaded applyTo(Loaded loaded, Map<String, Boolean> values, String by, String file) {
        if (!loaded.ok() || values.isEmpty()) {
            return loaded;
        }
        Applied applied = apply(loaded.scenario(), values, by);
        if (applied.ok()) {
            return new Loaded(applied.scenario(), loaded.diagnostics());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        diagnostics.add(Diagnostic.ofCommandLine(file, by + ": " + applied.error()));
        return new Loaded(null, diagnostics);
    }

    /** "patch2=on patch3=off", the switches of {@code scenario} that differ from their defaults ("defaults" if none). */
    public static String describeChanges(Scenario scenario) {
        return describeChanges(scenario.switches().values());
    }

    /** The same, for a list of switches. */
    public static String describeChanges(java.util.Collection<Switch> switches) {
        List<String> changed = new ArrayList<>();
        for (Switch s : switches) {
            if (s.on() != s.defaultOn()) {
                changed.add(s.name() + "=" + s.valueWord());
            }
        }
        return changed.isEmpty() ? "defaults" : String.join(" ", changed);
    }
}
