package io.lockstep.model;

import java.util.List;

/**
 * {@code proc NAME(params) [at "file.c:function"] [why "..."] { body }} ({@code at} and {@code why}
 * are null when absent). {@code why} says what the kernel does there and which lock rule or commit
 * governs it; it is the narration's and the stack's explanation, and takes no step. {@code origin}
 * names the file that declared it (a kernel model such as {@code v4.20}, or a scenario path) so that
 * a redefinition can be reported.
 */
public record ProcDecl(String name, List<String> params, String at, String why, List<Stmt> body, String origin,
        SourcePos pos) {
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
