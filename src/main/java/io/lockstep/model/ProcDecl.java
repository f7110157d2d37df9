package io.lockstep.model;

import java.util.List;

/**
 * {@code proc NAME(params) at "file.c:function" { body }}. {@code origin} names the file that
 * declared it (a kernel model such as {@code v4.20}, or a scenario path) so that a redefinition can
 * be reported.
 */
public record ProcDecl(String name, List<String> params, String at, List<Stmt> body, String origin, SourcePos pos) {
    public ProcDecl {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }
}
