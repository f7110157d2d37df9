package io.lockstep.lang;

import io.lockstep.model.Expect;
import io.lockstep.model.LockDecl;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.Scenario;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Switch;
import io.lockstep.model.ThreadSpec;
import io.lockstep.model.VarDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The declarations of all files in one namespace, ready to be validated and turned into a {@link Scenario}. */
final class Merged {
    final String file;
    final String release;
    String title = "";
    String description = "";
    MemoryLayout memory;
    final Map<String, LockDecl> locks = new LinkedHashMap<>();
    final Map<String, VarDecl> vars = new LinkedHashMap<>();
    final Map<String, ProcDecl> procs = new LinkedHashMap<>();
    final List<ThreadSpec> threads = new ArrayList<>();
    final List<FileDecls.ExpectDecl> expects = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    final Set<String> brokenNames = new HashSet<>();
    final Map<String, Switch> switches = new LinkedHashMap<>();

    Merged(String file, String release) {
        this.file = file;
        this.release = release;
        this.memory = new MemoryLayout(MemoryParser.DEFAULT_BLOCK_SIZE, List.of(), new SourcePos(file, 1, 1));
    }

    /** Whether {@code name} is unknown only because its declaration did not parse (already reported). */
    boolean broken(String name) {
        return brokenNames.contains(name);
    }

    Scenario toScenario() {
        List<Expect> verdicts = expects.stream().map(FileDecls.ExpectDecl::expect).toList();
        return new Scenario(file, title, description, release, memory, locks, vars, procs, threads, verdicts, notices,
                switches);
    }
}
