package io.lockstep.lang;

import static io.lockstep.lang.Lks.MINIMAL;
import static io.lockstep.lang.Lks.errors;
import static io.lockstep.lang.Lks.load;
import static io.lockstep.lang.Lks.onlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.model.BlockState;
import io.lockstep.model.Expr;
import io.lockstep.model.ExprText;
import io.lockstep.model.Place;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexing and parsing: what the text turns into, and the syntax errors (with recovery). */
class SyntaxTest {

    private static List<Stmt> threadBody(String statements) {
        Loaded loaded = load(MINIMAL + "var v = 0\nlock d[] : mutex\nlock r : rwsem\nthread \"t\" {\n" + statements + "\n}\n");
        Lks.assertOk(loaded);
        return loaded.scenario().threads().get(0).body();
    }

    /** The expression, in a body where the locals a, b and c exist. */
    private static Expr expr(String text) {
        return ((Stmt.Let) threadBody("let a = 1 let b = 0 let c = 2 let e = " + text).get(3)).value();
    }

    @Test
    void numbersCarrySizesAndHex() {
        assertEquals(128L << 20, ((Expr.Num) expr("128M")).value());
        assertEquals(4096, ((Expr.Num) expr("4K")).value());
        assertEquals(2L << 30, ((Expr.Num) expr("2G")).value());
        assertEquals(255, ((Expr.Num) expr("0xff")).value());
        assertEquals(16 * 1024, ((Expr.Num) expr("0x10K")).value());
    }

    @Test
    void precedenceFromOrDownToUnaryMinus() {
        Expr e = expr("a or b and not c == 1 + 2 * -3");
        Expr.Binary or = assertInstanceOf(Expr.Binary.class, e);
        assertEquals(Expr.BinaryOp.OR, or.op());
        Expr.Binary and = assertInstanceOf(Expr.Binary.class, or.right());
        Expr.Unary not = assertInstanceOf(Expr.Unary.class, and.right());
        Expr.Binary eq = assertInstanceOf(Expr.Binary.class, not.operand());
        Expr.Binary plus = assertInstanceOf(Expr.Binary.class, eq.right());
        Expr.Binary times = assertInstanceOf(Expr.Binary.class, plus.right());
        assertEquals(Expr.UnaryOp.NEG, assertInstanceOf(Expr.Unary.class, times.right()).op());
        assertEquals("(1 - 2) - 3", ExprText.of(expr("1 - 2 - 3")));
        assertEquals("(1 + 2) * pages(online)", ExprText.of(expr("(1 + 2) * pages(online)")));
    }

    @Test
    void statementsFollowEachOtherWithoutSeparators() {
        List<Stmt> body = threadBody("""
                let x = 1 - 1 lock d[x + 1] read_lock r
                trylock a else restart  trylock a else return
                read block(x).state -> s  write zone_of(x).spanned_pages = s * 2
                set block x + 1 online zone Movable  set block 3 going_offline
                if s == online { note "on" } else if s == offline { return } else { assert 1 < 2 "math" }
                unlock d[x] read_unlock r
                """);
        assertEquals(12, body.size());
        assertEquals("d[x + 1]", assertInstanceOf(Stmt.Acquire.class, body.get(1)).lock().describe());
        assertTrue(assertInstanceOf(Stmt.Acquire.class, body.get(2)).shared());
        assertEquals(Stmt.OnFail.RESTART, assertInstanceOf(Stmt.TryLock.class, body.get(3)).onFail());
        assertEquals(Stmt.OnFail.RETURN, assertInstanceOf(Stmt.TryLock.class, body.get(4)).onFail());
        Stmt.Read read = assertInstanceOf(Stmt.Read.class, body.get(5));
        assertEquals(Place.Kind.BLOCK_STATE, read.place().kind());
        assertEquals("s", read.local());
        assertEquals("zone_of(x).spanned_pages", assertInstanceOf(Stmt.Write.class, body.get(6)).place().describe());
        Stmt.SetBlock online = assertInstanceOf(Stmt.SetBlock.class, body.get(7));
        assertEquals(BlockState.ONLINE, online.state());
        assertEquals("Movable", online.zone());
        assertEquals("x + 1", ExprText.of(online.block()));
        assertEquals(BlockState.GOING_OFFLINE, assertInstanceOf(Stmt.SetBlock.class, body.get(8)).state());
        Stmt.If outer = assertInstanceOf(Stmt.If.class, body.get(9));
        Stmt.If elseIf = assertInstanceOf(Stmt.If.class, outer.otherwise().get(0));
        assertEquals(1, outer.otherwise().size());
        assertInstanceOf(Stmt.Return.class, elseIf.then().get(0));
        assertEquals("math", assertInstanceOf(Stmt.Assert.class, elseIf.otherwise().get(0)).message());
        assertEquals(12, elseIf.pos().line());
        assertEquals(35, elseIf.pos().col());
        assertInstanceOf(Stmt.Release.class, body.get(10));
    }

    @Test
    void everyPlaceKind() {
        List<Stmt> body = threadBody("""
                read v -> a read zone(Normal).present_pages -> b read zone(Normal).spanned_pages -> c
                read zone_of(1).present_pages -> d read block(1).online_type -> e
                read node_present_pages -> f read totalram_pages -> g
                """);
        assertEquals(List.of(Place.Kind.VAR, Place.Kind.ZONE_PRESENT, Place.Kind.ZONE_SPANNED, Place.Kind.ZONE_OF_PRESENT,
                        Place.Kind.BLOCK_ONLINE_TYPE, Place.Kind.NODE_PRESENT, Place.Kind.TOTALRAM),
                body.stream().map(s -> ((Stmt.Read) s).place().kind()).toList());
        Place zone = ((Stmt.Read) body.get(1)).place();
        assertEquals("Normal", zone.name());
        assertEquals(null, zone.block());
    }

    @Test
    void procDeclarationKeepsItsPlaceAndOrigin() {
        Loaded loaded = load(MINIMAL + "proc p(b, c) at \"mm/x.c:p\" { return }\nthread \"t\" { call p(1, 2) }\n"
                + "var neg = -5\n");
        Lks.assertOk(loaded);
        ProcDecl p = loaded.scenario().procs().get("p");
        assertEquals(List.of("b", "c"), p.params());
        assertEquals("mm/x.c:p", p.at());
        assertEquals("test.lks", p.origin());
        assertEquals(-5, loaded.scenario().vars().get("neg").initial());
    }

    @Test
    void lockDeclarations() {
        Loaded loaded = load(MINIMAL + "lock s : spinlock\nlock dl[] : mutex novalidate\nlock p[] : percpu_rwsem\n"
                + "thread \"t\" { }\n");
        Lks.assertOk(loaded);
        var locks = loaded.scenario().locks();
        assertTrue(locks.get("dl").perBlock() && locks.get("dl").novalidate());
        assertTrue(locks.get("p").perBlock() && !locks.get("p").novalidate());
        assertEquals(io.lockstep.model.LockKind.SPINLOCK, locks.get("s").kind());
    }

    @Test
    void stringsAndComments() {
        Loaded loaded = load("scenario \"say \\\"hi\\\" \\\\ bye\" # a comment with \"quotes\"\n"
                + "describe \"# not a comment\"\nthread \"t\" { note \"x\" } # done\n");
        Lks.assertOk(loaded);
        assertEquals("say \"hi\" \\ bye", loaded.scenario().title());
        assertEquals("# not a comment", loaded.scenario().description());
    }

    @Test
    void lexicalErrors() {
        assertEquals("1:10: unterminated string; close it with \" on the same line",
                onlyError(load("scenario \"abc\nthread \"t\" { }\n")));
        assertEquals("4:22: number 99999999999999999999 is too large",
                onlyError(load(MINIMAL + "thread \"t\" { let x = 99999999999999999999 }\n")));
        assertEquals("4:22: number 9000000000G is too large",
                onlyError(load(MINIMAL + "thread \"t\" { let x = 9000000000G }\n")));
        assertEquals("4:22: malformed number '12ab'; write a decimal or 0x hex integer, optionally followed by K, M"
                + " or G (such as 128M)", onlyError(load(MINIMAL + "thread \"t\" { let x = 12ab }\n")));
        assertEquals("4:14: unexpected character '@'", onlyError(load(MINIMAL + "thread \"t\" { @@@ }\n")));
        assertEquals("1:12: unknown escape in string; only \\\" and \\\\ are allowed",
                onlyError(load("scenario \"a\\nb\"\nthread \"t\" { }\n")));
        assertEquals("4:22: unexpected '!'; write != to compare, or not to negate",
                onlyError(load(MINIMAL + "thread \"t\" { let x = !1 }\n")));
    }

    @Test
    void aUserProcNeedsNoKernelCitation() {
        Loaded l = load(MINIMAL + "proc p() { }\nthread \"t\" { call p() }\n");
        assertTrue(l.ok(), () -> l.errors().toString());
        assertEquals(null, l.scenario().procs().get("p").at());
        assertTrue(l.scenario().procs().get("p").citation().endsWith(":4"), l.scenario().procs().get("p").citation());
    }

    @Test
    void aReturnBeforeTheNextStatementHasNoValue() {
        Loaded l = load(MINIMAL + "proc p() { return\n note \"after\" }\nproc q() { return -1 }\nthread \"t\" { call q() -> v }\n");
        assertTrue(l.ok(), () -> l.errors().toString());
        assertEquals(null, ((Stmt.Return) l.scenario().procs().get("p").body().get(0)).value());
        assertEquals("return -1", io.lockstep.model.StmtText.of(l.scenario().procs().get("q").body().get(0)));
        assertEquals("call q() -> v", io.lockstep.model.StmtText.of(l.scenario().threads().get(0).body().get(0)));
    }

    @Test
    void aRedefinitionThatChangesAModelProcsParametersNamesBothSignatures() {
        Loaded l = ScenarioLoader.loadText("t.lks", "scenario \"t\"\nmemory { block_size 128M zone Normal blocks 0..3"
                + " online }\nuse \"v4.20\"\nproc online_store(b) { }\nthread \"t\" { }\n", null, null);
        assertEquals(1, l.errors().size(), l.errors().toString());
        String e = l.errors().get(0).pos().line() + ":" + l.errors().get(0).pos().col() + ": " + l.errors().get(0).message();
        assertTrue(e.startsWith("4:1: proc online_store(b) redefines online_store(b, value) of the v4.20 kernel model"), e);
    }

    @Test
    void comparisonsDoNotChain() {
        assertEquals("4:28: comparisons do not chain; write a < b and b < c",
                onlyError(load(MINIMAL + "thread \"t\" { let x = 1 < 2 < 3 }\n")));
    }

    @Test
    void unknownStatementAndMissingBrace() {
        assertEquals("4:14: expected a statement (lock, unlock, read_lock, read_unlock, trylock, read_trylock, drain,"
                + " activate, read, write, set, call, let, if, return, restart, note, assert or assert_held) or '}',"
                + " found 'frob'",
                onlyError(load(MINIMAL + "thread \"t\" { frob }\n")));
        assertEquals("5:1: expected a statement (lock, unlock, read_lock, read_unlock, trylock, read_trylock, drain,"
                + " activate, read, write, set, call, let, if, return, restart, note, assert or assert_held) or '}',"
                + " found 'thread' (is a '}' missing before it?)",
                onlyError(load(MINIMAL + "thread \"t\" { lock a\nthread \"u\" { }\n")));
        assertEquals("5:13: missing '}' to close the body of thread \"u\" opened at line 5, column 12",
                onlyError(load(MINIMAL + "thread \"t\" { }\nthread \"u\" {")));
    }

    @Test
    void recoveryReportsEveryBrokenDeclaration() {
        Loaded loaded = load("""
                scenario "several mistakes"
                lock a mutex
                var v 3
                thread "t" { lock a  lock  }
                lock b : mutex
                proc p() at "x.c:p" { call q( }
                thread "u" { call p() lock b unlock b }
                expect sometimes
                """);
        assertEquals(List.of("2:8: expected ':' and the kind of lock after lock a, found 'mutex'",
                "3:7: expected '=' and an initial value after var v, found the number 3",
                "4:28: expected the name of a lock, found '}'",
                "6:31: expected an expression, found '}'",
                "8:8: expected deadlock, inversion, guarded inversion, race or violation after expect, found 'sometimes'"),
                errors(loaded));
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String parens = "(".repeat(5000) + "1" + ")".repeat(5000);
        assertEquals("4:122: nesting is too deep (more than 100 levels); split it up",
                onlyError(load(MINIMAL + "thread \"t\" { let x = " + parens + " }\n")));
        String ifs = "if 1 == 1 { ".repeat(3000) + "}".repeat(3000);
        assertTrue(errors(load(MINIMAL + "thread \"t\" { " + ifs + " }\n")).get(0).contains("nesting is too deep"));
        String chain = "1" + " + 1".repeat(100000);
        assertTrue(errors(load(MINIMAL + "thread \"t\" { let x = " + chain + " }\n")).get(0).contains("nesting is too deep"));
        String negs = "-".repeat(100000) + "1";
        assertTrue(errors(load(MINIMAL + "thread \"t\" { let x = " + negs + " }\n")).get(0).contains("nesting is too deep"));
        String nots = "not ".repeat(100000) + "1";
        assertTrue(errors(load(MINIMAL + "thread \"t\" { let x = " + nots + " }\n")).get(0).contains("nesting is too deep"));
    }

    @Test
    void aBrokenDeclarationDoesNotCascade() {
        // The proc and the lock did not parse: their uses are not reported a second time.
        Loaded loaded = load(MINIMAL + "lock m[] mutex\nproc p() at { }\nthread \"t\" { lock m[1] call p() }\n");
        assertEquals(List.of("4:10: expected ':' and the kind of lock after lock m, found 'mutex'",
                "5:13: expected \"file.c:function\" after at in double quotes, found '{'"), errors(loaded));
    }
}
