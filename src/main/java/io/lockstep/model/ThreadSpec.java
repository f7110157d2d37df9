package io.lockstep.model;

import java.util.List;

/** {@code thread "label" { body }}: one thread that runs at the same time as the others. */
public record ThreadSpec(String label, List<Stmt> body, SourcePos pos) {
    public ThreadSpec {
        body = List.copyOf(body);
    }
}
