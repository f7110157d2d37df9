package io.lockstep.lang;

import io.lockstep.model.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects diagnostics of every file of one load. It knows each file's text so that a diagnostic
 * carries its source line, and the order files were loaded in so that the result reads file by file.
 */
final class DiagnosticSink {
    /** Random input can produce an error per character; past this many a file's list stops helping. */
    static final int MAX_PER_FILE = 100;

    private final Map<String, String[]> linesByFile = new LinkedHashMap<>();
    private final Map<String, Integer> countByFile = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** Registers a file's text; the first registration of a display name wins. */
    void addSource(String file, String text) {
        linesByFile.putIfAbsent(file, text.split("\n", -1));
    }

    void error(SourcePos pos, String message) {
        add(Diagnostic.Severity.ERROR, pos, message);
    }

    void notice(SourcePos pos, String message) {
        add(Diagnostic.Severity.NOTICE, pos, message);
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** By file (in load order), then line, then column; equal positions keep the order they were found in. */
    List<Diagnostic> sorted() {
        List<String> order = new ArrayList<>(linesByFile.keySet());
        Comparator<Diagnostic> byFile = Comparator.comparingInt(d -> {
            int i = order.indexOf(d.pos().file());
            return i < 0 ? Integer.MAX_VALUE : i;
        });
        List<Diagnostic> result = new ArrayList<>(diagnostics);
        result.sort(byFile.thenComparingInt((Diagnostic d) -> d.pos().line()).thenComparingInt(d -> d.pos().col()));
        return result;
    }

    private void add(Diagnostic.Severity severity, SourcePos pos, String message) {
        SourcePos at = new SourcePos(pos.file(), Math.max(1, pos.line()), Math.max(1, pos.col()));
        int count = countByFile.merge(at.file(), 1, Integer::sum);
        if (count > MAX_PER_FILE) {
            return;
        }
        if (count == MAX_PER_FILE) {
            severity = Diagnostic.Severity.ERROR;
            message = "too many errors in this file; fix the ones above first";
        }
        diagnostics.add(new Diagnostic(severity, at, message, lineOf(at)));
    }

    private String lineOf(SourcePos pos) {
        String[] lines = linesByFile.get(pos.file());
        if (lines == null || pos.line() > lines.length) {
            return "";
        }
        String line = lines[pos.line() - 1];
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
