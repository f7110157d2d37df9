package io.lockstep.ui.vm;

import io.lockstep.lang.Diagnostic;

/**
 * One diagnostic as the editor lists it. {@code inEditedFile} is false for a problem inside a file
 * the scenario uses (a bundled kernel model): the caret cannot go there, so the row says where.
 */
public record DiagnosticRow(int line, int col, String message, boolean error, boolean inEditedFile, String formatted) {

    public static DiagnosticRow of(Diagnostic d, String editedFile) {
        return new DiagnosticRow(d.pos().line(), d.pos().col(), d.message(), d.severity() == Diagnostic.Severity.ERROR,
                d.pos().file().equals(editedFile), d.format());
    }

    /** What the list shows: "line 12, col 5: unknown lock foo" (with the file when it is another one). */
    public String text() {
        String where = inEditedFile ? "line " + line + ", col " + col
                : formatted.substring(0, Math.max(0, formatted.indexOf(": ")));
        return (error ? "" : "note: ") + where + ": " + message;
    }
}
