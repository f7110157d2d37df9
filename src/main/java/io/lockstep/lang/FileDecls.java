package io.lockstep.lang;

import io.lockstep.model.Expect;
import io.lockstep.model.LockDecl;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.Place;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.SourcePos;
import io.lockstep.model.ThreadSpec;
import io.lockstep.model.VarDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything one file declares, as parsed, before its uses are resolved and files are merged. */
final class FileDecls {
    record Use(String target, SourcePos pos) {}

    record Init(String var, long value, SourcePos pos) {}

    record Text(String text, SourcePos pos) {}

    /** An expect line with the positions of its lock names and, for a race, the parsed place. */
    record ExpectDecl(Expect expect, List<SourcePos> argPositions, Place racePlace) {}

    /** {@code switch NAME "description" = on|off}. */
    record SwitchDecl(String name, String description, boolean on, SourcePos pos) {}

    /** {@code set NAME = on|off}. */
    record SwitchSet(String name, boolean on, SourcePos pos) {}

    /**
     * {@code memory from lsmem "FILE" { absent ranges }}: read once the using file's folder is known.
     * {@code absent} are the blocks lsmem cannot show because they are not hot-added yet.
     */
    record LsmemImport(String target, SourcePos targetPos, List<MemoryLayout.ZoneRange> absent, SourcePos pos) {}

    final String file;
    final List<Use> uses = new ArrayList<>();
    final List<Text> titles = new ArrayList<>();
    final List<Text> descriptions = new ArrayList<>();
    final List<MemoryLayout> memories = new ArrayList<>();
    final List<LsmemImport> lsmemImports = new ArrayList<>();
    final List<Init> inits = new ArrayList<>();
    final List<LockDecl> locks = new ArrayList<>();
    final List<VarDecl> vars = new ArrayList<>();
    final List<ProcDecl> procs = new ArrayList<>();
    final List<ThreadSpec> threads = new ArrayList<>();
    final List<ExpectDecl> expects = new ArrayList<>();
    final List<SwitchDecl> switches = new ArrayList<>();
    final List<SwitchSet> sets = new ArrayList<>();
    /** Names of locks, vars and procs whose declaration had a syntax error: uses of them are not reported again. */
    final Set<String> brokenNames = new HashSet<>();
    /** Whether a thread was written, even one that did not parse (so "no thread" is not reported on top). */
    boolean sawThread;

    FileDecls(String file) {
        this.file = file;
    }
}
