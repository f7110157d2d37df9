package io.lockstep.cli;

import io.lockstep.explore.Limits;
import io.lockstep.explore.SwitchMatrix;
import io.lockstep.lang.Loaded;
import io.lockstep.model.Scenario;
import io.lockstep.model.Switch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code check --matrix [NAMES]}: runs one file under every combination of the switches named (or all). */
final class MatrixCheck {
    /** The value of {@code --matrix} without a list: every switch of the scenario. */
    static final String ALL = "*";

    private final Limits limits;
    private final boolean checkRules;
    private final PrintWriter out;
    private final PrintWriter err;

    MatrixCheck(Limits limits, boolean checkRules, PrintWriter out, PrintWriter err) {
        this.limits = limits;
        this.checkRules = checkRules;
        this.out = out;
        this.err = err;
    }

    /** Prints the matrix of {@code file}; returns the exit code (2 invalid, 3 a row hit a limit, else 0). */
    int run(Path file, String release, Map<String, Boolean> sets, String matrix) {
        Loaded loaded = Checker.load(file, release, sets);
        if (!loaded.ok()) {
            loaded.diagnostics().forEach(d -> out.println(d.format()));
            out.println(file + ": not valid, no matrix");
            return FileReport.INVALID;
        }
        Scenario scenario = loaded.scenario();
        List<String> names = new ArrayList<>();
        if (matrix.equals(ALL)) {
            names.addAll(scenario.switches().keySet());
        } else {
            for (String name : matrix.split(",")) {
                String n = name.trim();
                if (!scenario.switches().containsKey(n)) {
                    err.println("lockstep check: --matrix " + matrix + ": " + unknown(n, scenario));
                    return FileReport.INVALID;
                }
                if (names.contains(n)) {
                    err.println("lockstep check: --matrix " + matrix + ": switch " + n + " is named twice");
                    return FileReport.INVALID;
                }
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            err.println("lockstep check: --matrix: " + file + " has no switches"
                    + (scenario.release() == null ? "" : " (nor has kernel model " + scenario.release() + ")"));
            return FileReport.INVALID;
        }
        if (names.size() > 8) {
            err.println("lockstep check: --matrix: " + names.size() + " switches make " + (1 << names.size())
                    + " combinations; name at most 8, such as --matrix " + String.join(",", names.subList(0, 3)));
            return FileReport.INVALID;
        }
        List<SwitchMatrix.Row> rows = SwitchMatrix.run(scenario, names, limits, checkRules, () -> false);
        new MatrixReport(out).print(file.toString(), scenario.title(), scenario.release(), names,
                others(scenario, names), rows, 1 << names.size());
        boolean stopped = rows.stream().anyMatch(r -> !r.result().complete());
        return stopped ? FileReport.LIMIT : FileReport.OK;
    }

    private static String unknown(String name, Scenario scenario) {
        return io.lockstep.lang.SwitchSettings.apply(scenario, Map.of(name, true), "--matrix").error();
    }

    /** "the other switches: patch1=off patch4=off", so a row's context is never hidden. */
    private static String others(Scenario scenario, List<String> names) {
        List<String> rest = new ArrayList<>();
        for (Switch s : scenario.switches().values()) {
            if (!names.contains(s.name())) {
                rest.add(s.name() + "=" + s.valueWord());
            }
        }
        return rest.isEmpty() ? "" : "the other switches: " + String.join(" ", rest);
    }
}
