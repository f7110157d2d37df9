package io.lockstep.lang;

import io.lockstep.lang.Token.Type;
import io.lockstep.model.LockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of a scenario cut into highlighted spans (keywords, lock kinds, strings, numbers,
 * comments, proc names, constants, places), found by the same {@link Lexer} the loader uses, so the
 * editor colours exactly the tokens the language reads. Keywords are not reserved in the language;
 * a word is highlighted as one unless its position shows that it is a name.
 */
public final class SyntaxSpans {
    private SyntaxSpans() {}

    public enum Kind { KEYWORD, LOCK_KIND, STRING, NUMBER, COMMENT, ENTRY_POINT, PROC, CONSTANT, PLACE, SWITCH }

    /** The characters {@code [start, end)} of the text are of {@code kind}. */
    public record Span(int start, int end, Kind kind) {}

    static final Set<String> KEYWORDS = Set.of("scenario", "describe", "use", "memory", "init", "lock", "var",
            "proc", "thread", "expect", "at", "why", "novalidate", "lockdep", "block_size", "zone", "blocks", "unlock",
            "read_lock", "read_unlock", "trylock", "read_trylock", "else", "return", "restart", "drain", "activate",
            "read", "write", "set", "block", "call", "let", "if", "note", "assert", "assert_held", "rule", "anyway",
            "and", "or", "not", "no", "deadlock", "inversion", "guarded", "race", "violation", "switch");

    /** Block-state codes and the words of a block's {@code state} file, usable as values. */
    static final Set<String> CONSTANTS = Set.of("absent", "offline", "going_offline", "online", "online_kernel",
            "online_movable", "on", "off");

    /** The words that open a place or a size before a parenthesis: {@code block(e).state}, {@code pages(e)}. */
    static final Set<String> PLACE_FUNCTIONS = Set.of("block", "zone", "zone_of", "pages");

    /** The places that are one word. */
    static final Set<String> PLACE_WORDS = Set.of("node_present_pages", "totalram_pages");

    /** The spans of {@code text} in order, not overlapping; plain identifiers and symbols get none. */
    public static List<Span> of(String text) {
        List<Token> tokens = Lexer.tokenize("<highlight>", text, new DiagnosticSink());
        int[] lineStarts = lineStarts(text);
        List<Span> out = new ArrayList<>();
        int previousEnd = 0;
        Token previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int start = t.is(Type.EOF) ? text.length() : lineStarts[t.line() - 1] + t.col() - 1;
            comments(text, previousEnd, start, out);
            if (t.is(Type.EOF)) {
                break;
            }
            int end = end(text, t, start);
            Kind kind = kind(t, previous, i + 1 < tokens.size() ? tokens.get(i + 1) : t);
            if (kind != null) {
                out.add(new Span(start, end, kind));
            }
            previousEnd = end;
            previous = t;
        }
        return out;
    }

    private static Kind kind(Token t, Token previous, Token next) {
        return switch (t.type()) {
            case STRING -> Kind.STRING;
            case INT -> Kind.NUMBER;
            case IDENT -> word(t.text(), previous, next);
            default -> null;
        };
    }

    private static Kind word(String word, Token previous, Token next) {
        if (previous != null && (previous.isWord("call") || previous.isWord("proc"))) {
            return BundledModel.isEntryPoint(word) ? Kind.ENTRY_POINT : Kind.PROC;
        }
        if (previous != null && (previous.isWord("switch") || previous.isWord("set") && !word.equals("block"))) {
            return Kind.SWITCH; // switch NAME "..." = off, set NAME = on, if switch NAME
        }
        if (previous != null && previous.is(Type.DOT)) {
            return Kind.PLACE; // the field of block(e).state, zone(Z).present_pages
        }
        if (next.is(Type.LPAREN) && PLACE_FUNCTIONS.contains(word) || PLACE_WORDS.contains(word)) {
            return Kind.PLACE;
        }
        if (previous != null && previous.is(Type.COLON) && LockKind.fromKeyword(word).isPresent()) {
            return Kind.LOCK_KIND;
        }
        if (CONSTANTS.contains(word) || KernelNames.ZONES.contains(word)) {
            return Kind.CONSTANT;
        }
        return KEYWORDS.contains(word) ? Kind.KEYWORD : null;
    }

    /** Where a token ends: a string's source runs to its closing quote (its text is decoded). */
    private static int end(String text, Token t, int start) {
        if (!t.is(Type.STRING)) {
            return start + t.text().length();
        }
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != '\n') {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            i += c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n' ? 2 : 1;
        }
        return i; // unterminated: to the end of its line, as the lexer reads it
    }

    /** Between two tokens there is only whitespace, stray characters and comments; adds the comments. */
    private static void comments(String text, int from, int to, List<Span> out) {
        int i = from;
        while (i < to) {
            int hash = text.indexOf('#', i);
            if (hash < 0 || hash >= to) {
                return;
            }
            int nl = text.indexOf('\n', hash);
            int end = nl < 0 || nl > to ? to : nl;
            out.add(new Span(hash, end, Kind.COMMENT));
            i = end;
        }
    }

    private static int[] lineStarts(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
