package io.lockstep.lockdep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.Verdict;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.lockdep.EntryPoints.Suggestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The facade on the corpus: its expect lines hold, its modes are the report's, its suggestions follow the stacks. */
class LockdepImportTest {
    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(LockdepCorpusTest.CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static ExplorationResult explore(String text) {
        Loaded loaded = ScenarioLoader.loadTextChecked("t.lks", text, null, null, Capacity::check);
        assertTrue(loaded.ok(), () -> loaded.errors() + "\n" + text);
        return new Explorer(Program.compile(loaded.scenario())).explore(Limits.DEFAULT, Progress.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyExpectLineTheImportWritesHolds(String name) throws IOException {
        LockdepImport.Result r = LockdepCorpusTest.imported(name);
        assertFalse(r.expects().isEmpty(), r.scenario());
        Loaded loaded = ScenarioLoader.loadTextChecked(name + ".lks", r.scenario(), null, null, Capacity::check);
        ExplorationResult result = explore(r.scenario());
        assertTrue(result.complete(), name);
        for (Verdict v : Verdict.decide(loaded.scenario().expects(), result)) {
            assertEquals(Verdict.Status.HOLDS, v.status(), () -> name + ": " + v.expect() + "\n" + r.scenario());
        }
    }

    /**
     * The expect lines are decided by a check, so "they hold" alone could not fail: this is the
     * measure of the import. Every report of the corpus, real ones included, must come out as the
     * deadlock and the lock-order cycle lockdep reported, not as an "expect no ...".
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyReportOfTheCorpusReproducesItsDeadlockAndItsCycle(String name) throws IOException {
        LockdepImport.Result r = LockdepCorpusTest.imported(name);
        assertEquals(2, r.expects().size(), () -> String.join("\n", r.expects()));
        assertTrue(r.expects().get(0).startsWith("expect deadlock "), r.expects().get(0));
        assertTrue(r.expects().get(1).startsWith("expect inversion "), r.expects().get(1));
        assertTrue(r.scenario().lines().filter(l -> l.startsWith("describe ")).noneMatch(l -> l.endsWith("...\"")),
                "the description is whole");
    }

    @Test
    void aCycleOfReadsGetsTheWriterTheKernelNeedsAndDeadlocksOnlyWithIt() throws IOException {
        LockdepImport.Result r = LockdepCorpusTest.imported("v6x-read-read-cycle.txt");
        String text = r.scenario();
        assertEquals(List.of("cpu_hotplug_lock"), r.writers(), text);
        assertTrue(text.contains("lock cpu_hotplug_lock : percpu_rwsem lockdep \"cpu_hotplug_lock\""), text);
        assertTrue(text.contains("note \"link #0: cpu_hotplug_lock is held for reading, taken at show_slab_objects+0x88/0x3a8"), text);
        assertTrue(text.contains("  read_lock cpu_hotplug_lock\n  note \"link #0: mem_hotplug_lock taken for reading at"
                + " get_online_mems+0x54/0x150"), text);
        assertTrue(text.contains("thread \"writer: cpu_hotplug_lock\" {\n  note \"not a link of the report: the kernel takes"
                + " cpu_hotplug_lock for writing in cpus_write_lock()"), text);
        assertTrue(r.expects().get(0).startsWith("expect deadlock    # with the writer of cpu_hotplug_lock waiting"), text);
        // Without the writer the same threads cannot deadlock: the reads let each other in.
        String noWriter = text.replaceAll("(?s)thread \"writer: cpu_hotplug_lock\" \\{.*?\\n\\}\\n", "")
                .replaceAll("(?m)^expect .*$", "");
        assertFalse(noWriter.contains("writer:"), noWriter);
        assertTrue(explore(noWriter).findings().stream().noneMatch(f -> f.finding() instanceof Finding.Deadlock), noWriter);
    }

    @Test
    void aRecursiveReadIsTwoReadHoldsAndTheCommentSaysWhatTheKernelNeeds() throws IOException {
        LockdepImport.Result r = LockdepCorpusTest.imported("real-2019-10-pseries-recursive-read.txt");
        assertEquals("swapper/0/1", r.report().task(), "the lock lines above a report's table are read when its head is cut");
        assertEquals("cpu_hotplug_lock.rw_sem", r.report().held().get(1).lockClass(), "(____ptrval____) is an address");
        assertTrue(r.scenario().contains("read_lock cpu_hotplug_lock\n  note \"the recursive acquisition: cpu_hotplug_lock.rw_sem"
                + " taken for reading at stop_machine+0x2c/0x60\"\n  read_lock cpu_hotplug_lock"), r.scenario());
        assertTrue(r.expects().get(0).contains("two read holds") && r.expects().get(0).contains("cpus_write_lock()"), r.expects().get(0));
    }

    @Test
    void aDrainAndAWriteAreReadFromTheStack() throws IOException {
        LockdepImport.Result r = LockdepCorpusTest.imported("real-2020-01-dax-kmem-remove-memory.txt");
        String text = r.scenario();
        assertTrue(text.contains("note \"link #2: cpu_hotplug_lock.rw_sem is held for reading (no frame of the stack is a"
                + " path that writes it, so a reader's hold)"), "kmem_cache_create holds it with get_online_cpus(): " + text);
        assertEquals(List.of("cpu_hotplug_lock"), r.writers(), "Dan Williams' entanglement needs CPU hotplug's writer");
        String noWriter = text.replaceAll("(?s)thread \"writer: cpu_hotplug_lock\" \\{.*?\\n\\}\\n", "")
                .replaceAll("(?m)^expect .*$", "");
        assertTrue(explore(noWriter).findings().stream().noneMatch(f -> f.finding() instanceof Finding.Deadlock), noWriter);
        assertTrue(text.contains("  read_lock mem_hotplug_lock\n"), "link #2's get_online_mems reads: " + text);
        assertTrue(text.contains("  read_trylock kn_active else return\n"), "link #1 holds the active reference: " + text);
        assertTrue(text.contains("  lock mem_hotplug_lock\n  note \"link #0: kn->count#241 taken for writing (kernfs_drain()"),
                "link #0 holds mem_hotplug_lock from percpu_down_write and drains: " + text);
    }

    @Test
    void entryPointsAreSuggestedFromTheStacksOfTheNearestModel() throws IOException {
        LockdepImport.Result r = LockdepCorpusTest.imported("real-2020-01-dax-kmem-remove-memory.txt");
        EntryPoints.Suggestions s = r.suggestions().orElseThrow();
        assertEquals("v4.20", s.release(), "a 5.5 kernel: the newest bundled model before it");
        Suggestion first = s.entryPoints().get(0);
        assertEquals("state_store", first.entryPoint());
        assertEquals(List.of("state_store", "device_online", "memory_subsys_online", "online_pages"), first.matched());
        assertTrue(s.line().startsWith("suggested entry points (v4.20): state_store (matches state_store → device_online"
                + " → memory_subsys_online → online_pages), "), s.line());
        assertTrue(r.scenario().contains("\n#   state_store (matches state_store → device_online → memory_subsys_online →"
                + " online_pages)   (use \"v4.20\", then call state_store(...))\n"), r.scenario());
        LockdepImport.Result offline = LockdepCorpusTest.imported("v420-offline-vs-remove.txt");
        Suggestion off = offline.suggestions().orElseThrow().entryPoints().get(0);
        assertEquals("state_store", off.entryPoint());
        assertTrue(off.matched().contains("__offline_pages"), off.toString());
        assertTrue(offline.suggestions().get().entryPoints().stream().anyMatch(e -> e.entryPoint().equals("remove_memory")),
                "link #1's remove_memory stack: " + offline.suggestions().get());
    }

    @Test
    void anAcpiRemovalSuggestsTheAcpiEntryPoints() throws IOException {
        EntryPoints.Suggestions s = LockdepCorpusTest.imported("real-2019-05-acpi-dimm-remove-wrapped.txt").suggestions()
                .orElseThrow();
        assertEquals("acpi_eject", s.entryPoints().get(0).entryPoint(), s.line());
        assertEquals(List.of("acpi_device_hotplug", "acpi_bus_offline", "device_offline", "memory_subsys_offline",
                "__offline_pages"), s.entryPoints().get(0).matched());
    }

    @Test
    void noSuggestionWhenNoStackGoesThroughAnEntryPoint() throws IOException {
        assertTrue(LockdepCorpusTest.imported("real-2019-01-slab-sysfs-read.txt").suggestions().isEmpty(),
                "a sysfs read of /sys/kernel/slab is no hotplug entry point");
        assertFalse(LockdepCorpusTest.imported("real-2019-01-slab-sysfs-read.txt").scenario().contains("Suggested entry"));
    }

    @Test
    void aCycleLockstepCannotCloseGetsTheExpectLinesItReallyFinds() {
        // #0 takes the kernfs active reference with kernfs_get_active(): a trylock, which orders nothing
        // (lockdep would not have printed it), so the threads cannot deadlock and no cycle closes.
        String report = "WARNING: possible circular locking dependency detected\n"
                + "the existing dependency chain (in reverse order) is:\n\n"
                + "-> #1 (kn->count#5){++++}:\n       lock_acquire+0x1/0x2\n       kernfs_fop_write+0x1/0x2\n\n"
                + "-> #0 (mem_hotplug_lock.rw_sem){++++}:\n       lock_acquire+0x1/0x2\n       percpu_down_write+0x1/0x2\n"
                + "       __offline_pages+0x1/0x2\n\n";
        LockdepImport.Result r = LockdepImport.fromText("odd.txt", report.replace("-> #1 (kn->count#5){++++}:\n       lock_acquire+0x1/0x2\n"
                + "       kernfs_fop_write", "-> #1 (kn->count#5){++++}:\n       lock_acquire+0x1/0x2\n       kernfs_get_active"));
        assertTrue(r.ok(), () -> r.error().format());
        assertTrue(r.scenario().contains("  read_lock mem_hotplug_lock\n  note \"link #1: kn->count#5 taken (a kernfs active"
                + " reference: kernfs_get_active()) at kernfs_get_active+0x1/0x2\"\n  read_trylock kn_active else return\n"), r.scenario());
        assertEquals(2, r.expects().size(), r.scenario());
        assertTrue(r.expects().get(0).startsWith("expect no deadlock    # Lockstep finds no schedule that deadlocks"), r.expects().get(0));
        assertTrue(r.expects().get(1).startsWith("expect no inversion"), r.expects().get(1));
        Loaded loaded = ScenarioLoader.loadTextChecked("odd.lks", r.scenario(), null, null, Capacity::check);
        for (Verdict v : Verdict.decide(loaded.scenario().expects(), explore(r.scenario()))) {
            assertEquals(Verdict.Status.HOLDS, v.status(), () -> v.expect() + "\n" + r.scenario());
        }
    }

    @Test
    void textThatIsNoReportIsAPositionedErrorNotAnException() {
        LockdepImport.Result r = LockdepImport.fromText("notes.txt", "hello\n");
        assertFalse(r.ok());
        assertEquals(1, r.error().pos().line());
        assertTrue(r.error().format().contains("^"), r.error().format());
    }
}
