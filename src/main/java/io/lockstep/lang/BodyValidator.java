package io.lockstep.lang;

import io.lockstep.model.Expr;
import io.lockstep.model.LockDecl;
import io.lockstep.model.LockKind;
import io.lockstep.model.Place;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the statements of one proc or thread body against the merged declarations. Locals have
 * function scope: a name is known from the statement that declares it to the end of the body, even
 * when declared inside an {@code if}, which is how the engine keeps them (one frame per call).
 */
final class BodyValidator {
    /** The block states and the state file's zone actions, usable as constants. */
    private static final List<String> STATE_WORDS = io.lockstep.model.NamedValue.names();

    private final Merged merged;
    private final DiagnosticSink sink;
    private final Set<String> locals = new HashSet<>();

    private BodyValidator(Merged merged, DiagnosticSink sink, List<String> params) {
        this.merged = merged;
        this.sink = sink;
        this.locals.addAll(params);
    }

    static void check(Merged merged, DiagnosticSink sink, List<String> params, List<Stmt> body) {
        new BodyValidator(merged, sink, params).statements(body);
    }

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Acquire a) {
            notActiveRef(lock(a.lock(), a.shared() ? "read_lock" : "lock", a.shared()), a.lock());
        } else if (s instanceof Stmt.Release r) {
            LockDecl d = lock(r.lock(), r.shared() ? "read_unlock" : "unlock", r.shared());
            if (!r.shared()) {
                notActiveRef(d, r.lock());
            }
        } else if (s instanceof Stmt.TryLock t) {
            LockDecl d = lock(t.lock(), t.shared() ? "read_trylock" : "trylock", t.shared());
            if (!t.shared()) {
                notActiveRef(d, t.lock());
            }
            statements(t.otherwise());
        } else if (s instanceof Stmt.Drain d) {
            activeRefOnly(lock(d.lock(), "drain", false), d.lock(), "drain");
        } else if (s instanceof Stmt.Activate a) {
            activeRefOnly(lock(a.lock(), "activate", false), a.lock(), "activate");
        } else if (s instanceof Stmt.AssertHeld h) {
            lock(h.lock(), "assert_held", h.mode() == Stmt.HeldMode.READ);
        } else if (s instanceof Stmt.Read r) {
            place(r.place());
            declare(r.local(), r.pos());
        } else if (s instanceof Stmt.Write w) {
            place(w.place());
            expr(w.value());
        } else if (s instanceof Stmt.SetBlock b) {
            expr(b.block());
            if (b.zone() != null) {
                zone(b.zone(), b.pos());
            }
        } else if (s instanceof Stmt.Call c) {
            c.args().forEach(this::expr);
            call(c);
            if (c.result() != null) {
                declare(c.result(), c.pos());
            }
        } else if (s instanceof Stmt.Return r && r.value() != null) {
            expr(r.value());
        } else if (s instanceof Stmt.Let l) {
            expr(l.value());
            declare(l.local(), l.pos());
        } else if (s instanceof Stmt.If i) {
            expr(i.cond());
            statements(i.then());
            statements(i.otherwise());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.cond());
        }
    }

    /** An active reference is taken only with read_trylock (kernfs_get_active() never blocks). */
    private void notActiveRef(LockDecl decl, Stmt.LockRef ref) {
        if (decl != null && decl.kind() == LockKind.ACTIVE_REF) {
            sink.error(ref.pos(), ref.name() + " is an active reference: take it with read_trylock " + ref.describe()
                    + " else return, drop it with read_unlock, remove it with drain");
        }
    }

    private void activeRefOnly(LockDecl decl, Stmt.LockRef ref, String verb) {
        if (decl != null && decl.kind() != LockKind.ACTIVE_REF) {
            sink.error(ref.pos(), verb + " needs an active reference (lock NAME[] : active_ref), but " + ref.name()
                    + " is a " + decl.kind().keyword());
        }
    }

    /** Checks a lock reference; returns its declaration when it is known. */
    private LockDecl lock(Stmt.LockRef ref, String verb, boolean shared) {
        if (ref.index() != null) {
            expr(ref.index());
        }
        LockDecl decl = merged.locks.get(ref.name());
        if (decl == null && merged.broken(ref.name())) {
            return null;
        } else if (decl == null) {
            sink.error(ref.pos(), "unknown lock " + ref.name() + KernelNames.suggest(ref.name(), merged.locks.keySet()));
        } else if (decl.perBlock() && ref.index() == null) {
            sink.error(ref.pos(), ref.name() + " is one lock per memory block; name the block: " + verb + " "
                    + ref.name() + "[b]");
        } else if (!decl.perBlock() && ref.index() != null) {
            sink.error(ref.pos(), ref.name() + " is a single lock, not one per block; write " + verb + " "
                    + ref.name() + " without [...]");
        } else if (shared && !decl.kind().shared()) {
            String exclusive = verb.startsWith("read_") ? verb.substring(5) : verb;
            sink.error(ref.pos(), verb + (verb.equals("assert_held") ? " ... read" : "")
                    + " needs an rwsem or percpu_rwsem, but " + ref.name() + " is a "
                    + decl.kind().keyword() + "; use " + exclusive + " " + ref.name());
        }
        return decl;
    }

    private void place(Place p) {
        switch (p.kind()) {
            case VAR -> {
                if (!merged.vars.containsKey(p.name()) && !merged.broken(p.name())) {
                    sink.error(p.pos(), merged.locks.containsKey(p.name())
                            ? p.name() + " is a lock, not a var; only vars and counters can be read or written"
                            : "unknown var " + p.name() + KernelNames.suggest(p.name(), merged.vars.keySet()));
                }
            }
            case ZONE_PRESENT, ZONE_SPANNED -> zone(p.name(), p.pos());
            case ZONE_OF_PRESENT, ZONE_OF_SPANNED, BLOCK_STATE, BLOCK_ONLINE_TYPE, BLOCK_SYSFS, BLOCK_DEV_OFFLINE, BLOCK_NID ->
                    expr(p.block());
            default -> { }
        }
    }

    /** Any kernel zone is fine here: a kernel model names zones without knowing the scenario's layout. */
    private void zone(String zone, SourcePos pos) {
        if (!KernelNames.ZONES.contains(zone)) {
            sink.error(pos, "unknown zone " + zone + KernelNames.suggest(zone, KernelNames.ZONES) + "; the zones are "
                    + String.join(", ", KernelNames.ZONES));
        }
    }

    private void call(Stmt.Call c) {
        ProcDecl proc = merged.procs.get(c.proc());
        if (proc == null && merged.broken(c.proc())) {
            return;
        } else if (proc == null) {
            if (KernelNames.ENTRY_POINTS.contains(c.proc()) && merged.release != null) {
                sink.error(c.pos(), "entry point " + c.proc() + " does not exist in kernel model " + merged.release);
            } else {
                sink.error(c.pos(), "unknown proc " + c.proc() + KernelNames.suggest(c.proc(), merged.procs.keySet()));
            }
        } else if (proc.params().size() != c.args().size()) {
            int n = proc.params().size();
            sink.error(c.pos(), c.proc() + " takes " + n + (n == 1 ? " argument" : " arguments") + ", given "
                    + c.args().size());
        }
    }

    private void declare(String local, SourcePos pos) {
        if (STATE_WORDS.contains(local)) {
            sink.error(pos, local + " is a block state; pick another name for the local");
        }
        locals.add(local);
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            name(n);
        } else if (e instanceof Expr.SwitchRef r) {
            if (!merged.switches.containsKey(r.name())) {
                sink.error(r.pos(), "unknown switch " + r.name() + SwitchMerger.known(r.name(), merged));
            }
        } else if (e instanceof Expr.Pages p) {
            expr(p.block());
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand());
        } else if (e instanceof Expr.Binary b) {
            expr(b.left());
            expr(b.right());
        }
    }

    private void name(Expr.Name n) {
        String name = n.name();
        if (locals.contains(name) || STATE_WORDS.contains(name)) {
            return;
        }
        if (merged.vars.containsKey(name)) {
            sink.error(n.pos(), name + " is a shared var; read it into a local first (read " + name + " -> "
                    + name + "_now) and use the local");
            return;
        }
        List<String> known = new ArrayList<>(locals);
        known.addAll(STATE_WORDS);
        sink.error(n.pos(), "unknown local " + name + KernelNames.suggest(name, known)
                + "; declare it above with let " + name + " = ... or read PLACE -> " + name);
    }
}
