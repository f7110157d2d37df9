package io.lockstep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sizes of inlined code, measured without inlining: exact for small programs, saturating for huge ones. */
class InlinedSizeTest {
    private static final SourcePos AT = new SourcePos("t.lks", 1, 1);

    private static Stmt call(String proc) {
        return new Stmt.Call(proc, List.of(), AT);
    }

    private static ProcDecl proc(String name, List<String> params, Stmt... body) {
        return new ProcDecl(name, params, "x.c:" + name, null, List.of(body), "t.lks", AT);
    }

    @Test
    void countsStatementsSlotsAndDepthOfEveryInlinedCall() {
        Map<String, ProcDecl> procs = new LinkedHashMap<>();
        procs.put("leaf", proc("leaf", List.of("b"), new Stmt.Let("x", new Expr.Num(1, AT), AT), new Stmt.Return(AT)));
        procs.put("mid", proc("mid", List.of(), call("leaf"), new Stmt.If(new Expr.Num(1, AT), List.of(call("leaf")),
                List.of(), AT)));
        InlinedSize.Size s = new InlinedSize(procs).ofThread(List.of(call("mid"), new Stmt.Read(
                new Place(Place.Kind.VAR, "v", null, AT), "r", AT)));
        // thread: call mid (1) + read (1); mid: call leaf (1 + 2) + if (1) + call leaf (1 + 2)
        assertEquals(2 + 3 + 1 + 3, s.statements());
        // r in the thread; b and x for each of the two inlined leaf calls
        assertEquals(1 + 2 + 2, s.slots());
        // thread -> mid -> if -> leaf
        assertEquals(3, s.depth());
    }

    @Test
    void aChainOfDoublingCallsSaturatesInsteadOfOverflowing() {
        Map<String, ProcDecl> procs = new LinkedHashMap<>();
        int levels = 200;
        for (int i = 0; i < levels; i++) {
            procs.put("p" + i, proc("p" + i, List.of(), call("p" + (i + 1)), call("p" + (i + 1))));
        }
        procs.put("p" + levels, proc("p" + levels, List.of(), new Stmt.Return(AT)));
        InlinedSize.Size s = new InlinedSize(procs).ofThread(List.of(call("p0")));
        assertEquals(InlinedSize.HUGE, s.statements());
        assertEquals(levels + 1, s.depth());
    }

    @Test
    void aCycleOrAnUnknownCalleeStaysFinite() {
        Map<String, ProcDecl> procs = new LinkedHashMap<>();
        procs.put("a", proc("a", List.of(), call("b"), call("nosuch")));
        procs.put("b", proc("b", List.of(), call("a")));
        InlinedSize.Size s = new InlinedSize(procs).ofThread(List.of(call("a")));
        assertEquals(true, s.statements() < 10, s.toString());
    }
}
