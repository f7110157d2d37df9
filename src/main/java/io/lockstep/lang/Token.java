package io.lockstep.lang;

/**
 * One lexical token. {@code text} is the identifier, the decoded string contents, or the symbol;
 * {@code value} is the integer value (sizes already multiplied out) of an {@link Type#INT}.
 */
record Token(Type type, String text, long value, int line, int col) {

    enum Type {
        IDENT, INT, STRING,
        LBRACE("{"), RBRACE("}"), LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"),
        COMMA(","), COLON(":"), ASSIGN("="), ARROW("->"), DOTDOT(".."), DOT("."),
        PLUS("+"), MINUS("-"), STAR("*"), EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
        EOF;

        final String symbol;

        Type() {
            this(null);
        }

        Type(String symbol) {
            this.symbol = symbol;
        }
    }

    boolean is(Type t) {
        return type == t;
    }

    /** Whether this is the identifier {@code word} (keywords are identifiers recognised by position). */
    boolean isWord(String word) {
        return type == Type.IDENT && text.equals(word);
    }

    /** How the token is named in a message: {@code 'foo'}, {@code '{'}, {@code "a string"}. */
    String describe() {
        return switch (type) {
            case IDENT -> "'" + text + "'";
            case INT -> "the number " + value;
            case STRING -> "a string";
            case EOF -> "the end of the file";
            default -> "'" + type.symbol + "'";
        };
    }
}
