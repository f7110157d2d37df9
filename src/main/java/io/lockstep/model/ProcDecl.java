package io.lockstep.model;

import java.util.List;

/**
 * {@code proc NAME(params) [at "file.c:function"] { body }} ({@code at} is null when absent). {@code origin} names the file that
 * declared it (a kernel model such as {@code v4.20}, or a scenario path) so that a redefinition can
 * be reported.
 */
public record ProcDecl(String name, List<String> params, String at, List<Stmt> body, String origin, SourcePos pos) {
    public ProcDecl {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }

    /** Its kernel citation, or, for a user's proc without {@code at}, its own file and line. */
    public String citation() {
        return at != null ? at : pos.file() + ":" + pos.line();
    }

    /** Whether it comes from a bundled kernel model, whose file a user cannot open (see {@code lockstep show}). */
    public boolean fromBundledModel() {
        return pos.file().equals(origin + ".lks");
    }
}
