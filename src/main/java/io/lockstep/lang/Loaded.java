package io.lockstep.lang;

import io.lockstep.model.Scenario;
import java.util.List;

/** The result of loading: the scenario (null when there are errors) and every diagnostic, in file order. */
public record Loaded(Scenario scenario, List<Diagnostic> diagnostics) {

    public Loaded {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when no diagnostic is an error (notices are fine). */
    public boolean ok() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** Only the errors. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }
}
