package io.lockstep.model;

/** Renders expressions back to scenario text, for schedules and reports. */
public final class ExprText {
    private ExprText() {}

    public static String of(Expr e) {
        if (e instanceof Expr.Num n) {
            return Long.toString(n.value());
        } else if (e instanceof Expr.Name n) {
            return n.name();
        } else if (e instanceof Expr.SwitchRef s) {
            return "switch " + s.name();
        } else if (e instanceof Expr.Pages p) {
            return "pages(" + of(p.block()) + ")";
        } else if (e instanceof Expr.Unary u) {
            return (u.op() == Expr.UnaryOp.NEG ? "-" : "not ") + wrap(u.operand());
        } else if (e instanceof Expr.Binary b) {
            return wrap(b.left()) + " " + b.op().symbol + " " + wrap(b.right());
        }
        throw new IllegalArgumentException("unknown expression " + e);
    }

    private static String wrap(Expr e) {
        return e instanceof Expr.Binary ? "(" + of(e) + ")" : of(e);
    }
}
