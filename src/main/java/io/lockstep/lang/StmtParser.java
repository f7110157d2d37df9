package io.lockstep.lang;

import io.lockstep.lang.Token.Type;
import io.lockstep.model.BlockState;
import io.lockstep.model.Expr;
import io.lockstep.model.Place;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/** Statement blocks of {@code proc} and {@code thread} bodies, with the places and lock names they use. */
final class StmtParser {
    private static final String STATEMENTS = "lock, unlock, read_lock, read_unlock, trylock, read_trylock, drain,"
            + " activate, read, write, set, call, let, if, return, restart, note, assert or assert_held";

    private static final java.util.Set<String> STATEMENT_WORDS = java.util.Set.of("lock", "unlock", "read_lock",
            "read_unlock", "trylock", "read_trylock", "drain", "activate", "read", "write", "set", "call", "let", "if",
            "return", "restart", "note", "assert", "assert_held");

    private final TokenCursor in;
    private final ExprParser exprs;

    StmtParser(TokenCursor in) {
        this.in = in;
        this.exprs = new ExprParser(in);
    }

    ExprParser exprs() {
        return exprs;
    }

    /** {@code { statements }}; {@code what} names the owner for the message about a missing brace. */
    List<Stmt> block(String what) {
        Token open = in.expect(Type.LBRACE, "'{' to start " + what);
        in.enter();
        List<Stmt> body = new ArrayList<>();
        while (!in.at(Type.RBRACE)) {
            if (in.at(Type.EOF)) {
                throw in.fail("missing '}' to close " + what + " opened at line " + open.line()
                        + ", column " + open.col());
            }
            body.add(statement());
        }
        in.next();
        in.leave();
        return body;
    }

    private Stmt statement() {
        Token t = in.peek();
        SourcePos at = in.pos(t);
        if (!t.is(Type.IDENT)) {
            throw in.fail("expected a statement (" + STATEMENTS + ") or '}', found " + t.describe());
        }
        switch (t.text()) {
            case "lock", "read_lock" -> {
                in.next();
                return new Stmt.Acquire(lockRef(), t.text().equals("read_lock"), at);
            }
            case "unlock", "read_unlock" -> {
                in.next();
                Stmt.LockRef lock = lockRef();
                boolean anyway = t.text().equals("unlock") && in.acceptWord("anyway");
                return new Stmt.Release(lock, t.text().equals("read_unlock"), anyway, at);
            }
            case "trylock", "read_trylock" -> {
                in.next();
                return tryLock(at, t.text().equals("read_trylock"));
            }
            case "drain" -> {
                in.next();
                return new Stmt.Drain(lockRef(), at);
            }
            case "activate" -> {
                in.next();
                return new Stmt.Activate(lockRef(), at);
            }
            case "assert_held" -> {
                in.next();
                return assertHeld(at);
            }
            case "read" -> {
                in.next();
                Place place = place();
                in.expect(Type.ARROW, "'->' and the local to read into");
                return new Stmt.Read(place, in.expectIdent("the name of a local after '->'").text(), at);
            }
            case "write" -> {
                in.next();
                Place place = place();
                in.expect(Type.ASSIGN, "'=' and the value to write");
                return new Stmt.Write(place, exprs.expression(), at);
            }
            case "set" -> {
                in.next();
                return setBlock(at);
            }
            case "call" -> {
                in.next();
                return call(at);
            }
            case "let" -> {
                in.next();
                String local = in.expectIdent("the name of a local after let").text();
                in.expect(Type.ASSIGN, "'=' after let " + local);
                return new Stmt.Let(local, exprs.expression(), at);
            }
            case "if" -> {
                in.next();
                return ifStatement(at);
            }
            case "return" -> {
                in.next();
                return new Stmt.Return(returnsValue() ? exprs.expression() : null, at);
            }
            case "restart" -> {
                in.next();
                return new Stmt.Restart(at);
            }
            case "note" -> {
                in.next();
                return new Stmt.Note(in.expect(Type.STRING, "the text of the note in double quotes").text(), at);
            }
            case "assert" -> {
                in.next();
                Expr cond = exprs.expression();
                String message = in.expect(Type.STRING, "the message of the assert in double quotes").text();
                return new Stmt.Assert(cond, message, at);
            }
            case "why" -> throw in.fail("why is not a statement: it belongs in the proc's header, before its '{'"
                    + " (proc NAME(params) at \"file.c:function\" why \"...\" { ... }); a step's own words go in a note");
            default -> throw in.fail("expected a statement (" + STATEMENTS + ") or '}', found " + t.describe()
                    + (FileParser.isTopLevelKeyword(t.text()) ? " (is a '}' missing before it?)" : ""));
        }
    }

    private Stmt tryLock(SourcePos at, boolean shared) {
        String verb = shared ? "read_trylock" : "trylock";
        Stmt.LockRef lock = lockRef();
        in.expectWord("else", "'else restart', 'else return' or 'else { ... }' after " + verb + " " + lock.name());
        if (in.acceptWord("restart")) {
            return new Stmt.TryLock(lock, shared, Stmt.OnFail.RESTART, List.of(), at);
        }
        if (in.acceptWord("return")) {
            return new Stmt.TryLock(lock, shared, Stmt.OnFail.RETURN, List.of(), at);
        }
        if (in.at(Type.LBRACE)) {
            return new Stmt.TryLock(lock, shared, Stmt.OnFail.BLOCK, block("the else branch of " + verb), at);
        }
        throw in.fail("expected 'restart', 'return' or '{' after '" + verb + " " + lock.name() + " else', found "
                + in.peek().describe());
    }

    /**
     * Whether {@code read}/{@code write} here is the mode of an assert_held rather than the next
     * statement: a mode is followed by {@code rule}, the message, a '}' or another statement, while
     * a read or write statement is followed by its place.
     */
    private boolean isModeWord(String word) {
        if (!in.atWord(word)) {
            return false;
        }
        Token after = in.peek(1);
        return after.is(Type.STRING) || after.is(Type.RBRACE) || after.is(Type.EOF)
                || (after.is(Type.IDENT) && (after.text().equals("rule") || STATEMENT_WORDS.contains(after.text())));
    }

    /**
     * Whether {@code return} is followed by its value: anything that starts an expression, except a
     * word that starts the next statement (statements always start with one).
     */
    private boolean returnsValue() {
        Token t = in.peek();
        return t.is(Type.INT) || t.is(Type.LPAREN) || t.is(Type.MINUS)
                || (t.is(Type.IDENT) && !STATEMENT_WORDS.contains(t.text()) && !FileParser.isTopLevelKeyword(t.text()));
    }

    /** {@code assert_held L [read|write] [rule] ["message"]}. */
    private Stmt assertHeld(SourcePos at) {
        Stmt.LockRef lock = lockRef();
        Stmt.HeldMode mode = null;
        if (isModeWord("read")) {
            in.next();
            mode = Stmt.HeldMode.READ;
        } else if (isModeWord("write")) {
            in.next();
            mode = Stmt.HeldMode.WRITE;
        }
        boolean rule = in.acceptWord("rule");
        String message = in.at(Type.STRING) ? in.next().text() : null;
        if (rule && message == null) {
            throw in.fail("a rule check needs the rule it checks, in double quotes: assert_held " + lock.name()
                    + " rule \"...\"");
        }
        return new Stmt.AssertHeld(lock, mode, rule, message, at);
    }

    private Stmt setBlock(SourcePos at) {
        in.expectWord("block", "'block' after set (set block b online)");
        Expr block = exprs.expression();
        if (in.acceptWord("zone")) {
            // set block b zone Z: the zone onlining will put the block in (online_kernel, online_movable)
            return new Stmt.SetBlock(block, null, in.expectIdent("the name of a zone after 'zone'").text(), at);
        }
        Token stateToken = in.peek();
        BlockState state = stateToken.is(Type.IDENT) ? BlockState.fromKeyword(stateToken.text()).orElse(null) : null;
        if (state == null) {
            throw in.fail("expected the new state (online, offline, going_offline or absent) or zone, found "
                    + stateToken.describe());
        }
        in.next();
        String zone = null;
        if (in.atWord("zone")) {
            if (state != BlockState.ONLINE) {
                throw in.fail("only 'online' can name a zone; drop 'zone' or set the block online");
            }
            in.next();
            zone = in.expectIdent("the name of a zone after 'zone'").text();
        }
        return new Stmt.SetBlock(block, state, zone, at);
    }

    private Stmt call(SourcePos at) {
        String proc = in.expectIdent("the name of a proc after call").text();
        in.expect(Type.LPAREN, "'(' after call " + proc + " (write call " + proc + "() when it takes no arguments)");
        List<Expr> args = new ArrayList<>();
        if (!in.accept(Type.RPAREN)) {
            do {
                args.add(exprs.expression());
            } while (in.accept(Type.COMMA));
            in.expect(Type.RPAREN, "',' or ')' in the arguments of " + proc);
        }
        String result = null;
        if (in.accept(Type.ARROW)) {
            result = in.expectIdent("the local that gets the value " + proc + " returns, after '->'").text();
        }
        return new Stmt.Call(proc, args, result, at);
    }

    private Stmt ifStatement(SourcePos at) {
        Expr cond = exprs.expression();
        List<Stmt> then = block("the body of if");
        List<Stmt> otherwise = List.of();
        if (in.atWord("else")) {
            in.next();
            if (in.atWord("if")) {
                SourcePos innerAt = in.pos(in.next());
                in.enter(); // an else-if chain nests like blocks do
                otherwise = List.of(ifStatement(innerAt));
                in.leave();
            } else {
                otherwise = block("the else branch");
            }
        }
        return new Stmt.If(cond, then, otherwise, at);
    }

    /** {@code NAME} or {@code NAME[expr]}. */
    Stmt.LockRef lockRef() {
        Token name = in.expectIdent("the name of a lock");
        Expr index = null;
        if (in.accept(Type.LBRACKET)) {
            index = exprs.expression();
            in.expect(Type.RBRACKET, "']' after the block number of " + name.text());
        }
        return new Stmt.LockRef(name.text(), index, in.pos(name));
    }

    /** A shared place: a var, or one of the zone, block and node counters. */
    Place place() {
        Token t = in.expectIdent("a place (a var, zone(Z).present_pages, block(b).state, ...)");
        SourcePos at = in.pos(t);
        switch (t.text()) {
            case "node_present_pages":
                return new Place(Place.Kind.NODE_PRESENT, null, null, at);
            case "totalram_pages":
                return new Place(Place.Kind.TOTALRAM, null, null, at);
            case "zone":
                if (in.accept(Type.LPAREN)) {
                    String zone = in.expectIdent("the name of a zone").text();
                    in.expect(Type.RPAREN, "')' after the zone name");
                    return field(at, zone, null, Place.Kind.ZONE_PRESENT, Place.Kind.ZONE_SPANNED, "zone");
                }
                break;
            case "zone_of":
            case "block":
                if (in.accept(Type.LPAREN)) {
                    in.enter();
                    Expr block = exprs.expression();
                    in.expect(Type.RPAREN, "')' after the block number");
                    in.leave();
                    return t.text().equals("block")
                            ? field(at, null, block, Place.Kind.BLOCK_STATE, Place.Kind.BLOCK_ONLINE_TYPE, "block")
                            : field(at, null, block, Place.Kind.ZONE_OF_PRESENT, Place.Kind.ZONE_OF_SPANNED, "zone");
                }
                break;
            default:
                break;
        }
        return new Place(Place.Kind.VAR, t.text(), null, at);
    }

    /** The {@code .field} after {@code zone(Z)}, {@code zone_of(e)} or {@code block(e)}. */
    private Place field(SourcePos at, String zone, Expr block, Place.Kind first, Place.Kind second, String owner) {
        in.expect(Type.DOT, "'.' and a field");
        boolean isBlock = owner.equals("block");
        String firstName = isBlock ? "state" : "present_pages";
        String secondName = isBlock ? "online_type" : "spanned_pages";
        Token f = in.peek();
        if (f.isWord(firstName) || f.isWord(secondName)) {
            in.next();
            return new Place(f.isWord(firstName) ? first : second, zone, block, at);
        }
        Place.Kind blockField = !isBlock ? null : f.isWord("sysfs") ? Place.Kind.BLOCK_SYSFS
                : f.isWord("dev_offline") ? Place.Kind.BLOCK_DEV_OFFLINE : f.isWord("nid") ? Place.Kind.BLOCK_NID : null;
        if (blockField != null) {
            in.next();
            return new Place(blockField, null, block, at);
        }
        throw in.fail("expected " + firstName + ", " + secondName + (isBlock ? ", sysfs, dev_offline or nid" : "")
                + " after the '.', found " + f.describe());
    }
}
