package io.lockstep.model;

/**
 * Expressions of the language. They read only locals, parameters and constants; shared state is
 * copied into a local with a {@code read} step first (which is what makes every shared access a
 * scheduling point).
 */
public sealed interface Expr {
    SourcePos pos();

    /** An integer literal (sizes already multiplied out). */
    record Num(long value, SourcePos pos) implements Expr {}

    /** A local, a parameter, or a block-state constant ({@code online}, {@code offline}, ...). */
    record Name(String name, SourcePos pos) implements Expr {}

    /** {@code pages(e)}: the number of pages in memory block {@code e}. */
    record Pages(Expr block, SourcePos pos) implements Expr {}

    /** {@code switch NAME}: 1 when the compile-time switch is on, else 0; fixed for a run. */
    record SwitchRef(String name, SourcePos pos) implements Expr {}

    record Unary(UnaryOp op, Expr operand, SourcePos pos) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, SourcePos pos) implements Expr {}

    enum UnaryOp { NEG, NOT }

    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), AND("and"), OR("or");

        public final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }
    }
}
