package io.lockstep.lang;

import io.lockstep.lang.Token.Type;
import io.lockstep.model.Expr;
import io.lockstep.model.Expr.BinaryOp;
import io.lockstep.model.SourcePos;

/**
 * Expressions, lowest precedence first: {@code or}, {@code and}, prefix {@code not}, one comparison,
 * {@code + -}, {@code *}, unary {@code -}, primaries. It stops at the first token that cannot continue
 * an expression, which is what lets statements follow each other without separators.
 */
final class ExprParser {
    private final TokenCursor in;

    ExprParser(TokenCursor in) {
        this.in = in;
    }

    Expr expression() {
        return or();
    }

    private Expr or() {
        Expr left = and();
        int depth = 0;
        while (in.atWord("or")) {
            in.next();
            in.enter(); // a long chain builds a deep tree; count it like nesting
            depth++;
            left = new Expr.Binary(BinaryOp.OR, left, and(), left.pos());
        }
        leave(depth);
        return left;
    }

    private Expr and() {
        Expr left = not();
        int depth = 0;
        while (in.atWord("and")) {
            in.next();
            in.enter();
            depth++;
            left = new Expr.Binary(BinaryOp.AND, left, not(), left.pos());
        }
        leave(depth);
        return left;
    }

    private Expr not() {
        if (!in.atWord("not")) {
            return comparison();
        }
        SourcePos at = in.pos(in.next());
        in.enter();
        Expr operand = not();
        in.leave();
        return new Expr.Unary(Expr.UnaryOp.NOT, operand, at);
    }

    private Expr comparison() {
        Expr left = additive();
        BinaryOp op = comparisonOp(in.peek());
        if (op == null) {
            return left;
        }
        in.next();
        Expr result = new Expr.Binary(op, left, additive(), left.pos());
        if (comparisonOp(in.peek()) != null) {
            throw in.fail("comparisons do not chain; write a < b and b < c");
        }
        return result;
    }

    private Expr additive() {
        Expr left = multiplicative();
        int depth = 0;
        while (in.at(Type.PLUS) || in.at(Type.MINUS)) {
            BinaryOp op = in.next().is(Type.PLUS) ? BinaryOp.ADD : BinaryOp.SUB;
            in.enter();
            depth++;
            left = new Expr.Binary(op, left, multiplicative(), left.pos());
        }
        leave(depth);
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        int depth = 0;
        while (in.accept(Type.STAR)) {
            in.enter();
            depth++;
            left = new Expr.Binary(BinaryOp.MUL, left, unary(), left.pos());
        }
        leave(depth);
        return left;
    }

    private Expr unary() {
        if (!in.at(Type.MINUS)) {
            return primary();
        }
        SourcePos at = in.pos(in.next());
        in.enter();
        Expr operand = unary();
        in.leave();
        return new Expr.Unary(Expr.UnaryOp.NEG, operand, at);
    }

    private Expr primary() {
        Token t = in.peek();
        if (t.is(Type.INT)) {
            in.next();
            return new Expr.Num(t.value(), in.pos(t));
        }
        if (t.isWord("pages") && in.peek(1).is(Type.LPAREN)) {
            in.next();
            in.next();
            Expr block = parenthesised();
            return new Expr.Pages(block, in.pos(t));
        }
        if (t.isWord("switch") && in.peek(1).is(Type.IDENT)) {
            in.next();
            Token name = in.next(); // positioned at the name, which is what an "unknown switch" caret points at
            return new Expr.SwitchRef(name.text(), in.pos(name));
        }
        if (t.is(Type.IDENT) && !t.isWord("and") && !t.isWord("or")) {
            in.next();
            return new Expr.Name(t.text(), in.pos(t));
        }
        if (t.is(Type.LPAREN)) {
            in.next();
            return parenthesised();
        }
        throw in.fail("expected an expression, found " + t.describe());
    }

    /** The rest of {@code ( expr )} once the opening parenthesis is consumed. */
    private Expr parenthesised() {
        in.enter();
        Expr inner = expression();
        in.expect(Type.RPAREN, "')'");
        in.leave();
        return inner;
    }

    private void leave(int depth) {
        for (int n = 0; n < depth; n++) {
            in.leave();
        }
    }

    private static BinaryOp comparisonOp(Token t) {
        return switch (t.type()) {
            case EQ -> BinaryOp.EQ;
            case NE -> BinaryOp.NE;
            case LT -> BinaryOp.LT;
            case LE -> BinaryOp.LE;
            case GT -> BinaryOp.GT;
            case GE -> BinaryOp.GE;
            default -> null;
        };
    }
}
