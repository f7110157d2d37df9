package io.lockstep.lang;

import static io.lockstep.lang.Lks.FAKE_MODELS;
import static io.lockstep.lang.Lks.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.model.ProcDecl;
import io.lockstep.model.Stmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code use}: relative files, folders, cycles, redefinitions, bundled models and --release. */
class UseTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Loaded load(Path file) {
        return ScenarioLoader.load(file, null, FAKE_MODELS);
    }

    private static final String THREAD = "thread \"t\" { lock shared_lock unlock shared_lock }\n";

    @Test
    void relativeFileInTheSameFolderAndBelow() throws IOException {
        write("lib/locks.lks", "lock shared_lock : mutex\n");
        write("base.lks", "use \"lib/locks.lks\"\nvar x = 1\n");
        Path scenario = write("main.lks", "scenario \"s\"\nuse \"./base.lks\"\n" + THREAD);
        Loaded loaded = load(scenario);
        Lks.assertOk(loaded);
        assertEquals(List.of("shared_lock"), List.copyOf(loaded.scenario().locks().keySet()));
        assertEquals(scenario.toString(), loaded.scenario().file());
        String folder = scenario.getParent().toString();
        assertEquals(folder + "/lib/locks.lks", loaded.scenario().locks().get("shared_lock").pos().file());
        assertNull(loaded.scenario().release());
    }

    @Test
    void loadTextResolvesAgainstBaseDir() throws IOException {
        write("locks.lks", "lock shared_lock : mutex\n");
        Loaded loaded = ScenarioLoader.loadText("edited.lks", "scenario \"s\" use \"./locks.lks\"\n" + THREAD, dir, null);
        Lks.assertOk(loaded);
        assertEquals("locks.lks", loaded.scenario().locks().get("shared_lock").pos().file());
    }

    @Test
    void useThatLeavesTheFolderIsRejected() throws IOException {
        write("outside.lks", "lock shared_lock : mutex\n");
        Path scenario = write("inner/main.lks", "scenario \"s\"\nuse \"../outside.lks\"\nuse \"/etc/passwd.lks\"\n"
                + "use \"sub/../../outside.lks\"\n" + THREAD);
        Loaded loaded = load(scenario);
        assertEquals(List.of(
                "2:1: \"../outside.lks\" leaves the folder of " + scenario + "; a used file must be in that folder or below it",
                "3:1: use a path relative to the folder of " + scenario + ", such as \"./mine.lks\", not an absolute path",
                "4:1: \"sub/../../outside.lks\" leaves the folder of " + scenario
                        + "; a used file must be in that folder or below it",
                "5:19: unknown lock shared_lock", "5:38: unknown lock shared_lock"), errors(loaded));
    }

    @Test
    void missingFile() throws IOException {
        Path scenario = write("main.lks", "scenario \"s\"\nuse \"./nope.lks\"\nthread \"t\" { }\n");
        assertEquals(List.of("2:1: cannot find \"./nope.lks\" (looked for " + dir.toRealPath().resolve("nope.lks") + ")"),
                errors(ScenarioLoader.load(dir.toRealPath().resolve("main.lks"), null, FAKE_MODELS)));
        assertTrue(Files.exists(scenario));
    }

    @Test
    void unreadableScenarioFile() {
        Loaded loaded = ScenarioLoader.load(dir.resolve("absent.lks"), null);
        assertEquals(1, loaded.diagnostics().size());
        assertTrue(loaded.diagnostics().get(0).message().startsWith("cannot read "), Lks.formatAll(loaded));
    }

    @Test
    void useCycle() throws IOException {
        write("a.lks", "use \"./b.lks\"\nlock shared_lock : mutex\n");
        write("b.lks", "var x = 0\nuse \"./a.lks\"\n");
        Path scenario = write("main.lks", "scenario \"s\"\nuse \"./a.lks\"\n" + THREAD);
        Loaded loaded = load(scenario);
        String folder = scenario.getParent() + "/";
        assertEquals(1, loaded.errors().size(), Lks.formatAll(loaded));
        Diagnostic d = loaded.errors().get(0);
        assertEquals(folder + "b.lks", d.pos().file());
        assertEquals("2:1: use cycle: " + folder + "a.lks -> " + folder + "b.lks -> " + folder + "a.lks; remove one of"
                + " these uses", Lks.at(d));
    }

    @Test
    void scenarioUsingItself() throws IOException {
        Path scenario = write("self.lks", "scenario \"s\"\nuse \"self.lks\"\nthread \"t\" { }\n");
        assertEquals(List.of("2:1: use cycle: " + scenario + " -> " + scenario + "; remove one of these uses"),
                errors(load(scenario)));
    }

    @Test
    void diamondUseLoadsTheSharedFileOnce() throws IOException {
        write("common.lks", "lock shared_lock : mutex\n");
        write("left.lks", "use \"./common.lks\"\n");
        write("right.lks", "use \"common.lks\"\n");
        Lks.assertOk(load(write("main.lks", "scenario \"s\" use \"left.lks\" use \"right.lks\"\n" + THREAD)));
    }

    @Test
    void redefiningAProcOfABundledModelIsANotice() throws IOException {
        write("mypatch.lks", """
                use "v4.20"
                # the fix: take the hotplug lock around the whole add
                lock extra : mutex
                proc add_memory_resource(b) at "mm/memory_hotplug.c:add_memory_resource" {
                  lock extra
                  set block b offline
                  unlock extra
                }
                """);
        Path scenario = write("main.lks", "scenario \"patched\"\nuse \"./mypatch.lks\"\nthread \"t\" { call add_memory(3) }\n");
        Loaded loaded = load(scenario);
        Lks.assertOk(loaded);
        String patch = dir + "/mypatch.lks";
        String expectedNotice = "proc add_memory_resource is redefined at " + patch
                + ":4:1 (the v4.20 kernel model declares it at v4.20.lks:11:1)";
        assertEquals(List.of(expectedNotice), loaded.scenario().notices());
        assertEquals(1, loaded.diagnostics().size());
        Diagnostic notice = loaded.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.NOTICE, notice.severity());
        assertEquals(patch + ":4:1: note: proc add_memory_resource is redefined here (the v4.20 kernel model declares"
                + " it at v4.20.lks:11:1)", notice.format().lines().findFirst().orElseThrow());
        assertEquals("v4.20", loaded.scenario().release());
        ProcDecl redefined = loaded.scenario().procs().get("add_memory_resource");
        assertEquals(patch, redefined.origin());
        assertEquals("v4.20", loaded.scenario().procs().get("add_memory").origin());
        // the model's own add_memory calls the redefinition: calls bind by name after merging
        assertTrue(loaded.scenario().procs().get("add_memory").body().stream()
                .anyMatch(s -> s instanceof Stmt.Call c && c.proc().equals("add_memory_resource")));
    }

    @Test
    void scenarioMayRedefineAProcDirectly() {
        Loaded loaded = Lks.load("use \"v4.18\"\nscenario \"s\"\nproc add_memory(b) at \"x.c:add_memory\" { }\n"
                + "thread \"t\" { call add_memory(1) }\n");
        Lks.assertOk(loaded);
        assertEquals(List.of("proc add_memory is redefined at test.lks:3:1 (the v4.18 kernel model declares it at"
                + " v4.18.lks:6:1)"), loaded.scenario().notices());
    }

    @Test
    void siblingFilesMayNotDeclareTheSameProc() throws IOException {
        write("one.lks", "proc p() at \"x.c:p\" { }\n");
        write("two.lks", "proc p() at \"x.c:p\" { }\n");
        Path scenario = write("main.lks", "scenario \"s\" use \"one.lks\" use \"two.lks\"\nthread \"t\" { call p() }\n");
        Loaded loaded = load(scenario);
        assertEquals(List.of("1:1: proc p is already declared at " + dir + "/one.lks:1:1; only a file that uses "
                + dir + "/one.lks can redefine its procs"), errors(loaded));
        assertEquals(dir + "/two.lks", loaded.errors().get(0).pos().file());
    }

    @Test
    void scenarioOnlyDeclarationsInAUsedFile() throws IOException {
        write("lib.lks", "scenario \"no\"\ndescribe \"no\"\nmemory { }\nthread \"no\" { }\nexpect deadlock\n");
        Loaded loaded = load(write("main.lks", "scenario \"s\" use \"lib.lks\"\nthread \"t\" { }\n"));
        assertEquals(List.of("1:1: scenario is only allowed in the scenario file, not in a used file",
                "2:1: describe is only allowed in the scenario file, not in a used file",
                "3:1: memory is only allowed in the scenario file, not in a used file",
                "4:1: thread is only allowed in the scenario file, not in a used file",
                "5:1: expect is only allowed in the scenario file, not in a used file"), errors(loaded));
    }

    @Test
    void releaseThroughAUsedFile() throws IOException {
        write("lib.lks", "use \"v6.14\"\n");
        Loaded loaded = load(write("main.lks", "scenario \"s\" use \"lib.lks\"\nthread \"t\" { call add_memory(1) }\n"));
        Lks.assertOk(loaded);
        assertEquals("v6.14", loaded.scenario().release());
        assertEquals("v6.14", loaded.scenario().procs().get("add_memory").origin());
        assertEquals("v6.14.lks", loaded.scenario().procs().get("add_memory").pos().file());
    }

    @Test
    void releaseOverrideReplacesTheModel() throws IOException {
        write("lib.lks", "use \"v4.18\"\n");
        Path scenario = write("main.lks", "scenario \"s\" use \"lib.lks\"\nthread \"t\" { call memtrace_offline(1) }\n");
        Lks.assertOk(load(scenario));
        Loaded switched = ScenarioLoader.load(scenario, "v6.14", FAKE_MODELS);
        assertEquals(List.of("2:14: entry point memtrace_offline does not exist in kernel model v6.14"), errors(switched));
        Loaded same = ScenarioLoader.load(scenario, "v4.20", FAKE_MODELS);
        Lks.assertOk(same);
        assertEquals("v4.20", same.scenario().release());
    }

    @Test
    void releaseOverrideErrors() {
        assertEquals(List.of("1:1: this scenario uses no kernel model, so --release cannot switch it"),
                errors(Lks.loadWithRelease("scenario \"s\"\nthread \"t\" { }\n", "v4.18")));
        assertEquals(List.of("1:1: unknown release v5.0; the bundled kernel models are v4.0, v4.18, v4.20, v6.14"),
                errors(Lks.loadWithRelease("use \"v4.18\" scenario \"s\"\nthread \"t\" { }\n", "v5.0")));
    }

    @Test
    void bundledModelMissingFromTheBuild() {
        assertEquals(List.of("1:1: the kernel model v4.0 is missing from this build of Lockstep"),
                errors(Lks.load("use \"v4.0\" scenario \"s\"\nthread \"t\" { }\n")));
    }

    @Test
    void bundledModelCannotUseAFile() {
        Loaded loaded = ScenarioLoader.loadText("s.lks", "use \"v4.18\" scenario \"s\" thread \"t\" { }",
                dir, null, name -> java.util.Optional.of("use \"./evil.lks\"\n"));
        assertEquals(List.of("1:1: a bundled kernel model cannot use a file of its own (\"./evil.lks\")"), errors(loaded));
        assertEquals("v4.18.lks", loaded.errors().get(0).pos().file());
        assertEquals("use \"./evil.lks\"", loaded.errors().get(0).sourceLine());
    }
}
