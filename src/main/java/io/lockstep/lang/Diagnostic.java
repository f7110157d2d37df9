package io.lockstep.lang;

import io.lockstep.model.SourcePos;

/**
 * One problem (or remark) found while loading a scenario. {@code sourceLine} is the text of the line
 * {@code pos} points into, without its line break, so that a report can show it with a caret.
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String sourceLine) {

    public enum Severity { ERROR, NOTICE }

    public Diagnostic {
        sourceLine = sourceLine == null ? "" : sourceLine;
    }

    /** A problem with how the file was asked to run (such as {@code --set}), not with a line of it. */
    public static Diagnostic ofCommandLine(String file, String message) {
        return new Diagnostic(Severity.ERROR, new SourcePos(file, 0, 0), message, "");
    }

    /**
     * {@code FILE:LINE:COL: message}, then the source line indented by 4 spaces, then a caret under
     * the column. Notices read {@code FILE:LINE:COL: note: message}. No trailing line break. A
     * command-line problem has no line: {@code FILE: message}.
     */
    public String format() {
        String prefix = severity == Severity.NOTICE ? "note: " : "";
        if (pos.line() == 0) {
            return pos.file() + ": " + prefix + message;
        }
        return pos + ": " + prefix + message + "\n    " + sourceLine + "\n    " + caretPadding() + "^";
    }

    /** Keeps tabs of the source line so that the caret lines up however wide a terminal draws a tab. */
    private String caretPadding() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pos.col() - 1; i++) {
            sb.append(i < sourceLine.length() && sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        return sb.toString();
    }
}
