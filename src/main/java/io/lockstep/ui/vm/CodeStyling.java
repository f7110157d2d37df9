package io.lockstep.ui.vm;

import io.lockstep.lang.SyntaxSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The editor's styling as plain data: the style classes of every stretch of the text (syntax
 * colours, and the marks of the problems the last check found), and the marks themselves, which
 * follow the text as the user edits it until the next check replaces them. The pane turns the runs
 * into RichTextFX style spans; no JavaFX here, so it is tested without a screen.
 */
public final class CodeStyling {
    private CodeStyling() {}

    public static final String ERROR_MARK = "lk-code-error";
    public static final String NOTICE_MARK = "lk-code-notice";

    /** A problem of the text at {@code [start, end)}, with its message for the hover. */
    public record Mark(int start, int end, String message, boolean error) {}

    /** {@code length} characters carrying {@code classes} (none: plain text). */
    public record Run(int length, List<String> classes) {}

    /** The style class of a syntax kind, such as {@code lk-code-keyword}. */
    public static String styleClass(SyntaxSpans.Kind kind) {
        return "lk-code-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The marks of the diagnostics of the edited file: each underlines the token at its column (the
     * word there, or the character before the end of a line or of the text).
     */
    public static List<Mark> marks(String text, List<SyntaxSpans.Span> syntax, List<DiagnosticRow> rows) {
        List<Mark> out = new ArrayList<>();
        for (DiagnosticRow row : rows) {
            if (!row.inEditedFile() || text.isEmpty()) {
                continue;
            }
            int at = EditorViewModel.offsetOf(text, row.line(), row.col());
            int[] range = tokenAt(text, syntax, at);
            if (startsKeyword(syntax, range[0])) {
                range = namedOnLine(text, at, row.message()).orElse(range);
            }
            out.add(new Mark(range[0], range[1], row.message(), row.error()));
        }
        return out;
    }

    private static boolean startsKeyword(List<SyntaxSpans.Span> syntax, int start) {
        return syntax.stream().anyMatch(s -> s.start() == start && s.kind() == SyntaxSpans.Kind.KEYWORD);
    }

    /**
     * A statement's problem is often its name ("unknown proc state_stor" at the {@code call}): the
     * first word of the message that stands, whole, later on the same line is what to underline.
     */
    private static Optional<int[]> namedOnLine(String text, int at, String message) {
        int lineEnd = text.indexOf('\n', at);
        String rest = text.substring(at, lineEnd < 0 ? text.length() : lineEnd);
        int keywordEnd = 0;
        while (keywordEnd < rest.length() && isWordChar(rest.charAt(keywordEnd))) {
            keywordEnd++;
        }
        for (String word : message.split("[^A-Za-z0-9_]+")) {
            if (word.length() < 2 || word.equals(rest.substring(0, keywordEnd))) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word) + "\\b")
                    .matcher(rest);
            if (m.find(keywordEnd)) {
                return Optional.of(new int[] {at + m.start(), at + m.end()});
            }
        }
        return Optional.empty();
    }

    private static int[] tokenAt(String text, List<SyntaxSpans.Span> syntax, int at) {
        for (SyntaxSpans.Span s : syntax) {
            if (s.start() <= at && at < s.end()) {
                return new int[] {s.start(), s.end()};
            }
        }
        int end = at;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        if (end > at) {
            return new int[] {at, end};
        }
        if (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            return new int[] {at, at + 1};
        }
        int before = Math.min(at, text.length()) - 1;
        while (before > 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return new int[] {Math.max(0, before), Math.max(0, before) + 1};
    }

    /**
     * The marks after the user replaced {@code removed} characters at {@code position} with
     * {@code inserted} ones: those after the edit move with their text, those it touched are dropped.
     */
    public static List<Mark> shift(List<Mark> marks, int position, int removed, int inserted) {
        List<Mark> out = new ArrayList<>();
        int delta = inserted - removed;
        for (Mark m : marks) {
            if (m.end() <= position) {
                out.add(m);
            } else if (m.start() >= position + removed) {
                out.add(new Mark(m.start() + delta, m.end() + delta, m.message(), m.error()));
            }
        }
        return out;
    }

    /** The messages of the marks over character {@code index}, errors first. */
    public static Optional<String> messageAt(List<Mark> marks, int index) {
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() <= index && index < m.end()) {
                (m.error() ? errors : notes).add(m.error() ? m.message() : "note: " + m.message());
            }
        }
        errors.addAll(notes);
        return errors.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", errors));
    }

    /** Runs covering the whole text: the syntax class of each stretch, plus the mark over it. */
    public static List<Run> runs(int textLength, List<SyntaxSpans.Span> syntax, List<Mark> marks) {
        // Every place where some style starts or stops cuts the text; each piece gets what covers it.
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, textLength));
        for (SyntaxSpans.Span s : syntax) {
            cuts.add(clamp(s.start(), textLength));
            cuts.add(clamp(s.end(), textLength));
        }
        for (Mark m : marks) {
            cuts.add(clamp(m.start(), textLength));
            cuts.add(clamp(m.end(), textLength));
        }
        List<Run> out = new ArrayList<>();
        Integer from = cuts.first();
        int spanIndex = 0;
        for (Integer to : cuts.tailSet(from, false)) {
            while (spanIndex < syntax.size() && syntax.get(spanIndex).end() <= from) {
                spanIndex++;
            }
            List<String> classes = new ArrayList<>(2);
            if (spanIndex < syntax.size() && syntax.get(spanIndex).start() <= from) {
                classes.add(styleClass(syntax.get(spanIndex).kind()));
            }
            markClass(marks, from).ifPresent(classes::add);
            out.add(new Run(to - from, List.copyOf(classes)));
            from = to;
        }
        return out;
    }

    private static Optional<String> markClass(List<Mark> marks, int at) {
        boolean notice = false;
        for (Mark m : marks) {
            if (m.start() <= at && at < m.end()) {
                if (m.error()) {
                    return Optional.of(ERROR_MARK);
                }
                notice = true;
            }
        }
        return notice ? Optional.of(NOTICE_MARK) : Optional.empty();
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
