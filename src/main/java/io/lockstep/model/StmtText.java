package io.lockstep.model;

import java.util.stream.Collectors;

/** Renders a statement header back to scenario text (an {@code if} shows only its condition). */
public final class StmtText {
    private StmtText() {}

    public static String of(Stmt st) {
        if (st instanceof Stmt.Acquire a) {
            return (a.shared() ? "read_lock " : "lock ") + a.lock().describe();
        } else if (st instanceof Stmt.Release r) {
            return (r.shared() ? "read_unlock " : "unlock ") + r.lock().describe() + (r.anyway() ? " anyway" : "");
        } else if (st instanceof Stmt.TryLock t) {
            return (t.shared() ? "read_trylock " : "trylock ") + t.lock().describe() + " else "
                    + (t.onFail() == Stmt.OnFail.RESTART ? "restart" : t.onFail() == Stmt.OnFail.RETURN ? "return" : "{ ... }");
        } else if (st instanceof Stmt.Restart) {
            return "restart";
        } else if (st instanceof Stmt.Drain d) {
            return "drain " + d.lock().describe();
        } else if (st instanceof Stmt.Activate a) {
            return "activate " + a.lock().describe();
        } else if (st instanceof Stmt.AssertHeld h) {
            return "assert_held " + h.lock().describe()
                    + (h.mode() == null ? "" : " " + h.mode().name().toLowerCase(java.util.Locale.ROOT))
                    + (h.rule() ? " rule" : "") + (h.message() == null ? "" : " \"" + h.message() + "\"");
        } else if (st instanceof Stmt.Read r) {
            return "read " + r.place().describe() + " -> " + r.local();
        } else if (st instanceof Stmt.Write w) {
            return "write " + w.place().describe() + " = " + ExprText.of(w.value());
        } else if (st instanceof Stmt.SetBlock b) {
            return "set block " + ExprText.of(b.block()) + (b.state() == null ? "" : " " + b.state().keyword())
                    + (b.zone() == null ? "" : " zone " + b.zone());
        } else if (st instanceof Stmt.Call c) {
            return "call " + c.proc() + "(" + c.args().stream().map(ExprText::of).collect(Collectors.joining(", ")) + ")"
                    + (c.result() == null ? "" : " -> " + c.result());
        } else if (st instanceof Stmt.Let l) {
            return "let " + l.local() + " = " + ExprText.of(l.value());
        } else if (st instanceof Stmt.If i) {
            return "if " + ExprText.of(i.cond());
        } else if (st instanceof Stmt.Return r) {
            return r.value() == null ? "return" : "return " + ExprText.of(r.value());
        } else if (st instanceof Stmt.Note n) {
            return "note \"" + n.text() + "\"";
        } else if (st instanceof Stmt.Assert a) {
            return "assert " + ExprText.of(a.cond()) + " \"" + a.message() + "\"";
        }
        throw new IllegalArgumentException("unknown statement " + st);
    }
}
