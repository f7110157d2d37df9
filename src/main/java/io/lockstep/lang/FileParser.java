package io.lockstep.lang;

import io.lockstep.lang.Token.Type;
import io.lockstep.model.Expect;
import io.lockstep.model.Expr;
import io.lockstep.model.LockDecl;
import io.lockstep.model.LockKind;
import io.lockstep.model.Place;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Stmt;
import io.lockstep.model.ThreadSpec;
import io.lockstep.model.VarDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The top-level declarations of one file. After a syntax error it skips to the next top-level
 * keyword, so that every broken declaration is reported, not only the first.
 */
final class FileParser {
    private static final Set<String> TOP_LEVEL = Set.of(
            "scenario", "describe", "use", "memory", "init", "lock", "var", "proc", "thread", "expect", "switch", "set");

    private final TokenCursor in;
    private final StmtParser stmts;
    private final FileDecls decls;
    private final String origin;
    /** The name of the lock, var or proc being parsed, if it got that far. */
    private String declaring;

    private FileParser(TokenCursor in, FileDecls decls, String origin) {
        this.in = in;
        this.stmts = new StmtParser(in);
        this.decls = decls;
        this.origin = origin;
    }

    /** Parses {@code text}; {@code origin} becomes {@link ProcDecl#origin()} of its procs. */
    static FileDecls parse(String file, String origin, String text, DiagnosticSink sink) {
        TokenCursor in = new TokenCursor(file, Lexer.tokenize(file, text, sink), sink);
        FileDecls decls = new FileDecls(file);
        new FileParser(in, decls, origin).run();
        return decls;
    }

    static boolean isTopLevelKeyword(String word) {
        return TOP_LEVEL.contains(word);
    }

    private void run() {
        while (!in.at(Type.EOF)) {
            int start = in.index();
            in.resetNesting();
            declaring = null;
            try {
                declaration();
            } catch (TokenCursor.ParseError e) {
                if (declaring != null) {
                    decls.brokenNames.add(declaring);
                }
                if (in.index() == start) {
                    in.next();
                }
                skipToNextDeclaration();
            }
        }
    }

    /**
     * {@code lock} and {@code set} are also statements, so they only end the skip outside braces (or at
     * column 1, where a declaration usually starts after a missing '}'); the other keywords are never
     * statements.
     */
    private void skipToNextDeclaration() {
        while (!in.at(Type.EOF)) {
            Token t = in.peek();
            if (t.is(Type.IDENT) && TOP_LEVEL.contains(t.text())
                    && (!(t.isWord("lock") || t.isWord("set")) || in.openBraces == 0 || t.col() == 1)) {
                return;
            }
            in.next();
        }
    }

    private void declaration() {
        Token t = in.peek();
        SourcePos at = in.pos(t);
        if (!t.is(Type.IDENT) || !TOP_LEVEL.contains(t.text())) {
            throw in.fail("expected a declaration (scenario, describe, use, memory, init, lock, var, proc,"
                    + " thread, expect, switch or set), found " + t.describe());
        }
        in.next();
        switch (t.text()) {
            case "scenario" -> decls.titles.add(new FileDecls.Text(string("the title of the scenario"), at));
            case "describe" -> decls.descriptions.add(new FileDecls.Text(string("the description"), at));
            case "use" -> decls.uses.add(new FileDecls.Use(string("a kernel model such as \"v4.18\" or a path"
                    + " such as \"./mine.lks\""), at));
            case "memory" -> {
                if (in.atWord("from")) {
                    decls.lsmemImports.add(new MemoryParser(in).parseFrom(at));
                } else {
                    decls.memories.add(new MemoryParser(in).parse(at));
                }
            }
            case "init" -> {
                String name = in.expectIdent("the name of a var after init").text();
                in.expect(Type.ASSIGN, "'=' after init " + name);
                decls.inits.add(new FileDecls.Init(name, signedInteger(), at));
            }
            case "lock" -> lockDecl(at);
            case "var" -> {
                String name = in.expectIdent("the name of the var").text();
                declaring = name;
                in.expect(Type.ASSIGN, "'=' and an initial value after var " + name);
                decls.vars.add(new VarDecl(name, signedInteger(), at));
            }
            case "proc" -> procDecl(at);
            case "thread" -> {
                decls.sawThread = true;
                String label = string("the label of the thread, such as \"left\"");
                if (in.atWord("why")) {
                    throw in.fail("only a proc has a why; a thread's label says what it does (explain more in a"
                            + " # comment or a note)");
                }
                decls.threads.add(new ThreadSpec(label, stmts.block("the body of thread \"" + label + "\""), at));
            }
            case "expect" -> expect(at);
            case "switch" -> {
                String name = in.expectIdent("the name of the switch").text();
                declaring = name;
                String description = string("one line in double quotes saying what switch " + name + " does");
                in.expect(Type.ASSIGN, "'=' and the default (on or off) after switch " + name + " \"...\"");
                decls.switches.add(new FileDecls.SwitchDecl(name, description, onOff("switch " + name), at));
            }
            case "set" -> {
                String name = in.expectIdent("the name of a switch after set").text();
                in.expect(Type.ASSIGN, "'=' after set " + name + " (set " + name + " = on)");
                decls.sets.add(new FileDecls.SwitchSet(name, onOff("set " + name), at));
            }
            default -> throw new IllegalStateException(t.text());
        }
    }

    private void lockDecl(SourcePos at) {
        String name = in.expectIdent("the name of the lock").text();
        declaring = name;
        boolean perBlock = false;
        if (in.accept(Type.LBRACKET)) {
            in.expect(Type.RBRACKET, "']' (a per-block lock is declared as " + name + "[])");
            perBlock = true;
        }
        in.expect(Type.COLON, "':' and the kind of lock after lock " + name);
        Token kindToken = in.expectIdent("the kind of lock (mutex, rwsem, percpu_rwsem, spinlock or active_ref)");
        LockKind kind = LockKind.fromKeyword(kindToken.text()).orElseThrow(() -> in.failAt(kindToken,
                "unknown lock kind " + kindToken.text() + "; write mutex, rwsem, percpu_rwsem, spinlock or active_ref"));
        boolean novalidate = in.acceptWord("novalidate");
        String lockdepName = null;
        if (in.acceptWord("lockdep")) {
            lockdepName = string("the name lockdep prints for " + name + " (such as \"kn->count\")");
        }
        decls.locks.add(new LockDecl(name, kind, perBlock, novalidate, lockdepName, at));
    }

    private void procDecl(SourcePos at) {
        String name = in.expectIdent("the name of the proc").text();
        declaring = name;
        in.expect(Type.LPAREN, "'(' and the parameters of proc " + name + " (write " + name + "() for none)");
        List<String> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (!in.accept(Type.RPAREN)) {
            do {
                Token p = in.expectIdent("the name of a parameter");
                if (!seen.add(p.text())) {
                    in.sink.error(in.pos(p), "parameter " + p.text() + " is declared twice in proc " + name);
                }
                params.add(p.text());
            } while (in.accept(Type.COMMA));
            in.expect(Type.RPAREN, "',' or ')' in the parameters of proc " + name);
        }
        // A citation and an explanation are optional in a user's scenario; the bundled models give both
        // on every proc (tests check it). Either may come first; each at most once.
        String where = null;
        String why = null;
        while (in.atWord("at") || in.atWord("why")) {
            Token word = in.next();
            if (word.isWord("at")) {
                if (where != null) {
                    in.sink.error(in.pos(word), "proc " + name + " has two citations; give it one at \"file.c:function\"");
                }
                where = string("\"file.c:function\" after at");
            } else {
                if (why != null) {
                    in.sink.error(in.pos(word), "proc " + name + " has two whys; give it one why \"...\"");
                }
                why = why(name);
            }
        }
        List<Stmt> body = stmts.block("the body of proc " + name);
        decls.procs.add(new ProcDecl(name, params, where, why, body, origin, at));
    }

    /** The string after {@code why}: one or two sentences, neither empty nor an essay. */
    private String why(String proc) {
        Token text = in.expect(Type.STRING, "the explanation of proc " + proc + " in double quotes after why"
                + " (why \"what the kernel does here, and which rule governs it\")");
        String why = text.text().strip();
        if (why.isEmpty()) {
            in.sink.error(in.pos(text), "the why of proc " + proc + " is empty; say what the kernel does here, or leave"
                    + " why out");
        } else if (why.length() > LanguageLimits.MAX_WHY_CHARS) {
            in.sink.error(in.pos(text), "the why of proc " + proc + " has " + why.length() + " characters; keep it to"
                    + " one or two sentences (at most " + LanguageLimits.MAX_WHY_CHARS + ") and move the rest to notes");
        }
        return why;
    }

    private void expect(SourcePos at) {
        boolean positive = !in.acceptWord("no");
        Token t = in.peek();
        List<String> args = new ArrayList<>();
        List<SourcePos> argPositions = new ArrayList<>();
        Place place = null;
        Expect.Kind kind;
        if (in.acceptWord("deadlock")) {
            kind = Expect.Kind.DEADLOCK;
        } else if (in.acceptWord("violation")) {
            kind = Expect.Kind.VIOLATION;
        } else if (in.atWord("inversion") || in.atWord("guarded")) {
            kind = in.next().isWord("guarded") ? Expect.Kind.GUARDED_INVERSION : Expect.Kind.INVERSION;
            if (kind == Expect.Kind.GUARDED_INVERSION) {
                in.expectWord("inversion", "'inversion' after guarded");
            }
            // Lock names run until the next declaration: newlines do not end an expect line.
            while (in.at(Type.IDENT) && !TOP_LEVEL.contains(in.peek().text())) {
                argPositions.add(in.pos());
                args.add(in.next().text());
            }
        } else if (in.acceptWord("race")) {
            kind = Expect.Kind.RACE;
            if (in.at(Type.IDENT) && !TOP_LEVEL.contains(in.peek().text())) {
                place = stmts.place();
                if (!concrete(place)) {
                    return;
                }
                args.add(place.describe());
            }
        } else {
            throw in.fail("expected deadlock, inversion, guarded inversion, race or violation after expect"
                    + (positive ? "" : " no") + ", found " + t.describe());
        }
        decls.expects.add(new FileDecls.ExpectDecl(new Expect(kind, positive, args, at), argPositions, place));
    }

    /** A verdict names one place of the machine, not one that depends on the run. */
    private boolean concrete(Place place) {
        boolean present = place.kind() == Place.Kind.ZONE_OF_PRESENT;
        boolean state = place.kind() == Place.Kind.BLOCK_STATE;
        switch (place.kind()) {
            case ZONE_OF_PRESENT, ZONE_OF_SPANNED -> {
                in.sink.error(place.pos(), "name the zone: write zone(Normal)." + (present ? "present_pages" : "spanned_pages")
                        + " with the zone's name instead of zone_of(...)");
                return false;
            }
            case BLOCK_STATE, BLOCK_ONLINE_TYPE, BLOCK_SYSFS, BLOCK_DEV_OFFLINE, BLOCK_NID -> {
                if (!(place.block() instanceof Expr.Num)) {
                    in.sink.error(place.pos(), "name the block by its number, such as "
                            + place.describe().replaceFirst("\\(.*\\)", "(8)"));
                    return false;
                }
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    private boolean onOff(String after) {
        Token t = in.peek();
        if (t.isWord("on") || t.isWord("off")) {
            in.next();
            return t.isWord("on");
        }
        throw in.fail("expected on or off after " + after + " =, found " + t.describe());
    }

    private long signedInteger() {
        boolean negative = in.accept(Type.MINUS);
        long value = in.expect(Type.INT, "an integer").value();
        return negative ? -value : value;
    }

    private String string(String what) {
        return in.expect(Type.STRING, what + " in double quotes").text();
    }
}
