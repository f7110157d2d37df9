package io.lockstep.lang;

import io.lockstep.lang.ScenarioResolver.Resolution;
import io.lockstep.lang.ScenarioResolver.Unit;
import io.lockstep.model.LockDecl;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.SourcePos;
import io.lockstep.model.VarDecl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the declarations of every file into one namespace. Used files come first, so that a clash is
 * reported in the file that made it, and a proc of a file that (transitively) uses another may
 * redefine that file's proc: that is how a user models a patch.
 */
final class DeclarationMerger {
    /** What a name was first declared as, where, and by which file. */
    private record Declared(String what, SourcePos pos, Unit unit) {}

    private final DiagnosticSink sink;
    private final Map<String, Declared> names = new HashMap<>();
    private final Map<String, SourcePos> initialised = new HashMap<>();
    private Merged merged;

    DeclarationMerger(DiagnosticSink sink) {
        this.sink = sink;
    }

    Merged merge(Resolution resolution) {
        Unit root = resolution.root();
        merged = new Merged(root.file, resolution.release());
        for (Unit unit : resolution.dependencyOrder()) {
            merged.brokenNames.addAll(unit.decls.brokenNames);
            mergeDeclarations(unit);
        }
        for (Unit unit : resolution.dependencyOrder()) {
            applyInits(unit);
            if (unit != root) {
                rejectScenarioOnly(unit);
            }
        }
        takeScenarioParts(root.decls);
        new SwitchMerger(sink, merged).merge(resolution);
        return merged;
    }

    /** Locks, vars and procs of one file, in the order they are written. */
    private void mergeDeclarations(Unit unit) {
        List<Object> decls = new ArrayList<>();
        decls.addAll(unit.decls.locks);
        decls.addAll(unit.decls.vars);
        decls.addAll(unit.decls.procs);
        decls.sort(Comparator.comparingInt((Object d) -> posOf(d).line()).thenComparingInt(d -> posOf(d).col()));
        for (Object d : decls) {
            if (d instanceof LockDecl lock && declare("lock", lock.name(), lock.pos(), unit)) {
                merged.locks.put(lock.name(), lock);
            } else if (d instanceof VarDecl var && declare("var", var.name(), var.pos(), unit)) {
                merged.vars.put(var.name(), var);
            } else if (d instanceof ProcDecl proc) {
                mergeProc(proc, unit);
            }
        }
    }

    private void mergeProc(ProcDecl proc, Unit unit) {
        Declared first = names.get(proc.name());
        if (first != null && first.what().equals("proc") && first.unit() != unit && uses(unit, first.unit())) {
            String declarer = first.unit().release != null
                    ? "the " + first.unit().release + " kernel model" : first.unit().file;
            String where = "(" + declarer + " declares it at " + first.pos() + ")";
            ProcDecl original = merged.procs.get(proc.name());
            if (original != null && !original.params().equals(proc.params())) {
                sink.error(proc.pos(), "proc " + signature(proc) + " redefines " + signature(original) + " of "
                        + declarer + " with other parameters; a redefinition keeps the parameters, because the"
                        + " model's callers pass them: write proc " + signature(original));
                return;
            }
            merged.notices.add("proc " + proc.name() + " is redefined at " + proc.pos() + " " + where);
            sink.notice(proc.pos(), "proc " + proc.name() + " is redefined here " + where);
            names.put(proc.name(), new Declared("proc", proc.pos(), unit));
            merged.procs.put(proc.name(), proc);
        } else if (declare("proc", proc.name(), proc.pos(), unit)) {
            merged.procs.put(proc.name(), proc);
        }
    }

    private static String signature(ProcDecl proc) {
        return proc.name() + "(" + String.join(", ", proc.params()) + ")";
    }

    /** Records a new name, or reports where it was declared first. */
    private boolean declare(String what, String name, SourcePos pos, Unit unit) {
        Declared first = names.get(name);
        if (first == null) {
            names.put(name, new Declared(what, pos, unit));
            return true;
        }
        String message = what + " " + name + " is already declared" + (first.what().equals(what) ? "" : " as a " + first.what())
                + " at " + first.pos();
        if (what.equals("proc") && first.what().equals("proc") && first.unit() != unit) {
            message += "; only a file that uses " + first.unit().file + " can redefine its procs";
        } else if (what.equals("var") && first.what().equals("var") && first.unit() != unit) {
            message += "; to change its initial value, write init " + name + " = VALUE";
        }
        sink.error(pos, message);
        return false;
    }

    /** Whether {@code user} uses {@code used}, directly or through other files. */
    private static boolean uses(Unit user, Unit used) {
        Deque<Unit> todo = new ArrayDeque<>(user.uses);
        Set<Unit> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Unit u = todo.pop();
            if (u == used) {
                return true;
            }
            if (seen.add(u)) {
                todo.addAll(u.uses);
            }
        }
        return false;
    }

    private void applyInits(Unit unit) {
        for (FileDecls.Init init : unit.decls.inits) {
            VarDecl var = merged.vars.get(init.var());
            if (var == null && merged.broken(init.var())) {
                continue;
            } else if (var == null) {
                Declared other = names.get(init.var());
                sink.error(init.pos(), other != null
                        ? init.var() + " is a " + other.what() + ", not a var; init only changes vars"
                        : "init " + init.var() + ": there is no var " + init.var()
                                + KernelNames.suggest(init.var(), merged.vars.keySet()));
            } else if (initialised.containsKey(init.var())) {
                sink.error(init.pos(), init.var() + " is already initialised at " + initialised.get(init.var()));
            } else {
                initialised.put(init.var(), init.pos());
                merged.vars.put(var.name(), new VarDecl(var.name(), init.value(), var.pos()));
            }
        }
    }

    private void rejectScenarioOnly(Unit unit) {
        FileDecls d = unit.decls;
        d.titles.forEach(t -> onlyInScenario("scenario", t.pos()));
        d.descriptions.forEach(t -> onlyInScenario("describe", t.pos()));
        d.memories.forEach(m -> onlyInScenario("memory", m.pos()));
        d.threads.forEach(t -> onlyInScenario("thread", t.pos()));
        d.expects.forEach(e -> onlyInScenario("expect", e.expect().pos()));
    }

    private void onlyInScenario(String keyword, SourcePos pos) {
        sink.error(pos, keyword + " is only allowed in the scenario file, not in a used file");
    }

    private void takeScenarioParts(FileDecls root) {
        SourcePos top = new SourcePos(root.file, 1, 1);
        if (root.titles.isEmpty()) {
            sink.error(top, "a scenario file needs a title: add scenario \"what it shows\" at the top");
        } else {
            merged.title = root.titles.get(0).text();
        }
        root.titles.stream().skip(1).forEach(t -> sink.error(t.pos(), "scenario is given twice; the title is at "
                + root.titles.get(0).pos()));
        if (!root.descriptions.isEmpty()) {
            merged.description = root.descriptions.get(0).text();
        }
        root.descriptions.stream().skip(1).forEach(t -> sink.error(t.pos(), "describe is given twice; the first is at "
                + root.descriptions.get(0).pos()));
        if (!root.memories.isEmpty()) {
            merged.memory = root.memories.get(0);
        }
        root.memories.stream().skip(1).forEach(m -> sink.error(m.pos(), "memory is given twice; the layout is at "
                + root.memories.get(0).pos()));
        if (!root.sawThread) {
            sink.error(root.titles.isEmpty() ? top : root.titles.get(0).pos(),
                    "a scenario needs at least one thread \"label\" { ... }");
        }
        merged.threads.addAll(root.threads);
        merged.expects.addAll(root.expects);
    }

    private static SourcePos posOf(Object decl) {
        if (decl instanceof LockDecl l) {
            return l.pos();
        }
        return decl instanceof VarDecl v ? v.pos() : ((ProcDecl) decl).pos();
    }
}
