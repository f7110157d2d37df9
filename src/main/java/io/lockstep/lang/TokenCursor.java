package io.lockstep.lang;

import io.lockstep.lang.Token.Type;
import io.lockstep.model.SourcePos;
import java.util.List;

/**
 * The token stream the parsers share: lookahead, expectations that report what was wanted, and the
 * nesting guard that turns absurdly deep input into an error instead of a stack overflow.
 */
final class TokenCursor {
    /** Deeper than any scenario a person writes, far shallower than what overflows the stack. */
    static final int MAX_NESTING = 100;

    /** Thrown after a syntax error has been reported; the file parser catches it and resynchronises. */
    static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseError() {
            super(null, null, false, false);
        }
    }

    final String file;
    final DiagnosticSink sink;
    private final List<Token> tokens;
    private int index;
    private int nesting;
    /** Braces opened and not yet closed inside the current top-level declaration; used when recovering. */
    int openBraces;

    TokenCursor(String file, List<Token> tokens, DiagnosticSink sink) {
        this.file = file;
        this.tokens = tokens;
        this.sink = sink;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        if (t.is(Type.LBRACE)) {
            openBraces++;
        } else if (t.is(Type.RBRACE) && openBraces > 0) {
            openBraces--;
        }
        return t;
    }

    int index() {
        return index;
    }

    boolean at(Type type) {
        return peek().is(type);
    }

    boolean atWord(String word) {
        return peek().isWord(word);
    }

    /** Consumes the token if it has the given type. */
    boolean accept(Type type) {
        if (at(type)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptWord(String word) {
        if (atWord(word)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(Type type, String what) {
        if (!at(type)) {
            throw fail("expected " + what + ", found " + peek().describe());
        }
        return next();
    }

    Token expectIdent(String what) {
        return expect(Type.IDENT, what);
    }

    void expectWord(String word, String what) {
        if (!atWord(word)) {
            throw fail("expected " + what + ", found " + peek().describe());
        }
        next();
    }

    /** Reports a syntax error at the current token and returns the exception to throw. */
    ParseError fail(String message) {
        return failAt(peek(), message);
    }

    ParseError failAt(Token at, String message) {
        sink.error(pos(at), message);
        return new ParseError();
    }

    SourcePos pos(Token t) {
        return new SourcePos(file, t.line(), t.col());
    }

    SourcePos pos() {
        return pos(peek());
    }

    /** Call before descending into a nested construct; pair with {@link #leave()}. */
    void enter() {
        if (++nesting > MAX_NESTING) {
            nesting = 0;
            throw fail("nesting is too deep (more than " + MAX_NESTING + " levels); split it up");
        }
    }

    void leave() {
        if (nesting > 0) {
            nesting--;
        }
    }

    /** Forgets nesting left over from a declaration abandoned by a syntax error. */
    void resetNesting() {
        nesting = 0;
        openBraces = 0;
    }
}
