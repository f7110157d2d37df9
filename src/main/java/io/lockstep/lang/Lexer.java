package io.lockstep.lang;

import io.lockstep.lang.Token.Type;
import io.lockstep.model.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the text of one file into tokens. It never fails: a bad character, number or string is
 * reported and lexing goes on, so that one typo does not hide the rest of the file's problems.
 * It scans a char array rather than calling String.charAt for every character: a cold
 * {@code lockstep check} lexes a whole bundled model before the JIT has compiled anything, and there
 * each charAt is several interpreted calls.
 */
final class Lexer {
    private final String src;
    private final char[] text;
    private final int end;
    private final String file;
    private final DiagnosticSink sink;
    private final List<Token> tokens = new ArrayList<>();
    private int i;
    private int line = 1;
    private int col = 1;

    private Lexer(String file, String src, DiagnosticSink sink) {
        this.file = file;
        this.src = src;
        this.text = src.toCharArray();
        this.end = text.length;
        this.sink = sink;
    }

    /** The tokens of {@code src}, always ending with one {@link Type#EOF}. */
    static List<Token> tokenize(String file, String src, DiagnosticSink sink) {
        Lexer lexer = new Lexer(file, src, sink);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        boolean inBadRun = false;
        while (i < end) {
            char c = text[i];
            boolean bad = false;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
                advance();
            } else if (c == '#') {
                while (i < end && text[i] != '\n') {
                    i++; // as advance() does for anything but a newline
                    col++;
                }
            } else if (isIdentStart(c)) {
                identifier();
            } else if (c >= '0' && c <= '9') {
                number();
            } else if (c == '"') {
                string();
            } else if (!symbol(c)) {
                // Report a run of stray characters once: random bytes would otherwise flood the list.
                if (!inBadRun) {
                    sink.error(pos(line, col), "unexpected character " + show(c));
                }
                bad = true;
                advance();
            }
            inBadRun = bad;
        }
        tokens.add(new Token(Type.EOF, "", 0, line, col));
    }

    private void identifier() {
        int startLine = line, startCol = col, start = i;
        while (i < end && isIdentPart(text[i])) {
            i++; // an identifier has no newline
            col++;
        }
        tokens.add(new Token(Type.IDENT, src.substring(start, i), 0, startLine, startCol));
    }

    private void number() {
        int startLine = line, startCol = col, start = i;
        boolean hex = src.startsWith("0x", i) || src.startsWith("0X", i);
        int radix = hex ? 16 : 10;
        if (hex) {
            advance();
            advance();
        }
        int digitsStart = i;
        while (i < src.length() && Character.digit(src.charAt(i), radix) >= 0 && src.charAt(i) < 128) {
            advance();
        }
        String digits = src.substring(digitsStart, i);
        long multiplier = 1;
        if (i < src.length() && "KMG".indexOf(src.charAt(i)) >= 0
                && (i + 1 >= src.length() || !isIdentPart(src.charAt(i + 1)))) {
            multiplier = 1L << (10 * ("KMG".indexOf(src.charAt(i)) + 1));
            advance();
        }
        boolean malformed = digits.isEmpty();
        while (i < src.length() && isIdentPart(src.charAt(i))) {
            malformed = true;
            advance();
        }
        String text = src.substring(start, i);
        SourcePos at = pos(startLine, startCol);
        long value = 0;
        if (malformed) {
            sink.error(at, "malformed number '" + text + "'; write a decimal or 0x hex integer, optionally"
                    + " followed by K, M or G (such as 128M)");
        } else {
            try {
                value = Math.multiplyExact(Long.parseLong(digits, radix), multiplier);
            } catch (NumberFormatException | ArithmeticException e) {
                sink.error(at, "number " + text + " is too large");
            }
        }
        tokens.add(new Token(Type.INT, text, value, startLine, startCol));
    }

    private void string() {
        int startLine = line, startCol = col;
        advance();
        StringBuilder sb = new StringBuilder();
        // No character taken here is a newline, so each moves one column, as advance() would.
        while (true) {
            if (i >= end || text[i] == '\n') {
                sink.error(pos(startLine, startCol), "unterminated string; close it with \" on the same line");
                break;
            }
            char c = text[i];
            if (c == '"') {
                i++;
                col++;
                break;
            }
            if (c == '\\' && i + 1 < end && (text[i + 1] == '"' || text[i + 1] == '\\')) {
                sb.append(text[i + 1]);
                i += 2;
                col += 2;
            } else if (c == '\\') {
                sink.error(pos(line, col), "unknown escape in string; only \\\" and \\\\ are allowed");
                sb.append(c);
                i++;
                col++;
            } else {
                // the run of plain characters up to the next quote, backslash or newline, in one append
                int run = i + 1;
                while (run < end && text[run] != '"' && text[run] != '\\' && text[run] != '\n') {
                    run++;
                }
                sb.append(text, i, run - i);
                col += run - i;
                i = run;
            }
        }
        tokens.add(new Token(Type.STRING, sb.toString(), 0, startLine, startCol));
    }

    /** Adds the symbol starting at {@code c}, or returns false when no symbol starts there. */
    private boolean symbol(char c) {
        char next = i + 1 < end ? text[i + 1] : '\0';
        Type type = switch (c) {
            case '{' -> Type.LBRACE;
            case '}' -> Type.RBRACE;
            case '(' -> Type.LPAREN;
            case ')' -> Type.RPAREN;
            case '[' -> Type.LBRACKET;
            case ']' -> Type.RBRACKET;
            case ',' -> Type.COMMA;
            case ':' -> Type.COLON;
            case '+' -> Type.PLUS;
            case '*' -> Type.STAR;
            case '=' -> next == '=' ? Type.EQ : Type.ASSIGN;
            case '-' -> next == '>' ? Type.ARROW : Type.MINUS;
            case '.' -> next == '.' ? Type.DOTDOT : Type.DOT;
            case '<' -> next == '=' ? Type.LE : Type.LT;
            case '>' -> next == '=' ? Type.GE : Type.GT;
            case '!' -> next == '=' ? Type.NE : null;
            default -> null;
        };
        if (type == null) {
            if (c == '!') {
                sink.error(pos(line, col), "unexpected '!'; write != to compare, or not to negate");
                advance();
                return true;
            }
            return false;
        }
        tokens.add(new Token(type, type.symbol, 0, line, col));
        for (int n = 0; n < type.symbol.length(); n++) {
            advance();
        }
        return true;
    }

    private void advance() {
        if (text[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        i++;
    }

    private SourcePos pos(int atLine, int atCol) {
        return new SourcePos(file, atLine, atCol);
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    private static String show(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
