package io.lockstep.lockdep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Capacity;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.lockdep.ClassMapper.Mapping;
import io.lockstep.lockdep.LockdepReport.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report of the corpus (src/test/resources/lockdep/) parses, its hotplug classes map onto the
 * bundled models' locks, and the generated scenario loads. That {@code lockstep check} finds its
 * deadlock is {@code ImportLockdepCommandTest}'s part.
 */
class LockdepCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/lockdep");

    /** File, kind, and the scenario locks the classes must become, in order of first appearance. */
    static List<Arguments> corpus() {
        return List.of(
                Arguments.of("v420-offline-vs-remove.txt", Kind.CIRCULAR, List.of("mem_hotplug_lock", "kn_active")),
                Arguments.of("v614-three-links.txt", Kind.CIRCULAR, List.of("cpu_hotplug_lock", "mem_hotplug_lock", "kn_active")),
                Arguments.of("mail-quoted-dmesg-h.txt", Kind.CIRCULAR, List.of("kn_active", "mem_sysfs_mutex")),
                Arguments.of("truncated-chain-only.txt", Kind.CIRCULAR, List.of("slab_mutex", "kn_active", "mem_hotplug_lock")),
                Arguments.of("v40-old-format.txt", Kind.CIRCULAR, List.of("mem_hotplug_lock", "kn_active")),
                Arguments.of("v614-recursive.txt", Kind.RECURSIVE, List.of("physical_node_lock")),
                Arguments.of("v40-recursive-quoted.txt", Kind.RECURSIVE, List.of("mem_hotplug_lock")),
                Arguments.of("web-archive-flattened.txt", Kind.CIRCULAR,
                        List.of("cpu_hotplug_lock", "mem_hotplug_lock", "work_completion_hpw_work_work", "kn_active")),
                Arguments.of("v6x-read-read-cycle.txt", Kind.CIRCULAR, List.of("mem_hotplug_lock", "cpu_hotplug_lock")),
                Arguments.of("real-2020-01-dax-kmem-remove-memory.txt", Kind.CIRCULAR,
                        List.of("cpu_hotplug_lock", "mem_hotplug_lock", "kn_active")),
                Arguments.of("real-2019-01-slab-sysfs-read.txt", Kind.CIRCULAR,
                        List.of("slab_mutex", "kn_active", "memcg_cache_ids_sem", "mem_hotplug_lock")),
                Arguments.of("real-2019-05-daxctl-offline-dmesg-h.txt", Kind.CIRCULAR,
                        List.of("mem_hotplug_lock", "mem_sysfs_mutex", "cpu_hotplug_lock", "kn_active")),
                Arguments.of("real-2019-10-pseries-recursive-read.txt", Kind.RECURSIVE, List.of("cpu_hotplug_lock")),
                Arguments.of("real-2019-05-acpi-dimm-remove-wrapped.txt", Kind.CIRCULAR,
                        List.of("mem_hotplug_lock", "mem_sysfs_mutex", "cpu_hotplug_lock", "physical_node_lock", "kn_active")));
    }

    static LockdepImport.Result imported(String name) throws IOException {
        LockdepImport.Result r = LockdepImport.fromText(name, Files.readString(CORPUS.resolve(name)));
        assertTrue(r.ok(), () -> name + ": " + r.error().format());
        return r;
    }

    static LockdepReport read(String name) throws IOException {
        ReportParser.Result r = ReportParser.parse(name, Files.readString(CORPUS.resolve(name)));
        assertTrue(r.ok(), () -> name + ": " + r.error().format());
        return r.report();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void parsesMapsAndGeneratesALoadableScenario(String name, Kind kind, List<String> locks) throws IOException {
        LockdepImport.Result imported = imported(name);
        assertEquals(kind, imported.report().kind(), name);
        assertEquals(locks, imported.mappings().stream().map(Mapping::lock).toList(), imported.scenario());
        Loaded loaded = ScenarioLoader.loadTextChecked(name + ".lks", imported.scenario(), null, null, Capacity::check);
        assertTrue(loaded.ok(), () -> loaded.errors() + "\n" + imported.scenario());
        int threads = loaded.scenario().threads().size();
        assertEquals((kind == Kind.RECURSIVE ? 1 : locks.size()) + imported.writers().size(), threads, imported.scenario());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyThreadStatementHasANoteCitingItsFrame(String name, Kind kind, List<String> locks) throws IOException {
        String text = imported(name).scenario();
        List<String> lines = text.lines().map(String::trim).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("(?:lock|read_lock|read_trylock|drain) \\w+.*") && !lines.get(i).contains(" : ")
                    && !lines.get(i - 1).startsWith("lock ")) {
                assertTrue(lines.get(i - 1).startsWith("note \""), text);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void linksKeepTheirStacksAndTheHeldLocks() throws IOException {
        LockdepReport r = read("v420-offline-vs-remove.txt");
        assertEquals("bash/1719", r.task());
        assertEquals("4.20.0-rc3+ #7 Not tainted", r.kernel());
        assertEquals(List.of(1, 0), r.links().stream().map(LockdepReport.Link::number).toList());
        assertEquals("__kernfs_remove", r.links().get(0).frames().get(0).function());
        assertEquals(5, r.held().size());
        assertEquals("&dev->mutex", r.held().get(4).lockClass());
        String text = imported("v420-offline-vs-remove.txt").scenario();
        // link #0: holding kn->count, the task takes mem_hotplug_lock in __offline_pages (the primitives skipped).
        assertTrue(text.contains("note \"link #0: mem_hotplug_lock.rw_sem taken for writing at __offline_pages+0x47/0x830"
                + " (called from memory_subsys_offline+0x3f/0x60)\""), text);
        assertTrue(text.contains("thread \"link #1: mem_hotplug_lock -> kn_active\""), text);
        assertTrue(text.contains("note \"link #0: kn->count#122 is held (a kernfs active reference: kernfs_get_active()),"
                + " taken at kernfs_fop_write+0xd3/0x1a0 (the report's lock line)\""), text);
        assertTrue(text.contains("lock kn_active : active_ref lockdep \"kn->count#122\""), text);
        assertTrue(text.contains("  drain kn_active\n"), "link #1's __kernfs_remove drains the active reference: " + text);
    }

    @org.junit.jupiter.api.Test
    void oldStackPrefixesAndWrappedHeadersAreRead() throws IOException {
        LockdepReport old = read("v40-old-format.txt");
        assertEquals("systemd-udevd/2210", old.task());
        assertEquals("mem_hotplug_begin", old.links().get(1).frames().get(2).function());
        LockdepReport web = read("web-archive-flattened.txt");
        assertEquals("(work_completion)(&(&hpw->work)->work)", web.links().get(2).lockClass());
        assertEquals("process_one_work", web.links().get(2).frames().get(1).function());
        assertEquals(List.of("kn->count#241", "cpu_hotplug_lock.rw_sem", "mem_hotplug_lock.rw_sem"), web.chainExists());
        String recursive = imported("v614-recursive.txt").scenario();
        assertTrue(recursive.contains("note \"the recursive acquisition: &adev->physical_node_lock taken at"
                + " acpi_bind_one+0x8d/0x2b0\""), recursive);
        LockdepReport mail = read("mail-quoted-dmesg-h.txt");
        assertEquals("kernfs_remove_by_name_ns+0x40/0x80", mail.acquiringAt(), "the lock line wrapped after 'at:'");
        assertEquals("kn->count#424", mail.acquiring());
        assertEquals(2, mail.held().size(), "the wrapped #1 line still counts");
    }

    @org.junit.jupiter.api.Test
    void aMailClientsWrapsOfTheHeldLocksAreJoined() throws IOException {
        LockdepReport r = read("real-2019-05-acpi-dimm-remove-wrapped.txt");
        assertEquals("kernfs_remove_by_name_ns+0x3b/0x80", r.acquiringAt(), "wrapped after 'at:'");
        assertEquals(7, r.held().size(), "wrapped after the address, and before 'at:'");
        assertEquals("(wq_completion)kacpi_hotplug", r.held().get(0).lockClass());
        assertEquals("__remove_memory+0x3b/0x130", r.held().get(4).at());
        assertEquals("mem_sysfs_mutex", r.held().get(6).lockClass());
        assertEquals(List.of(4, 3, 2, 1, 0), r.links().stream().map(LockdepReport.Link::number).toList());
    }

    @org.junit.jupiter.api.Test
    void everyMappedLockIsALockOfABundledModel() {
        Map<String, Boolean> declared = ClassMapper.modelLocks().stream().collect(Collectors.toMap(n -> n, n -> false));
        for (String release : List.of("v4.0", "v4.18", "v4.20", "v6.14")) {
            String text = io.lockstep.lang.Releases.text(release).orElseThrow();
            for (String n : declared.keySet()) {
                if (text.matches("(?s).*\\nlock " + n + "(\\[\\])? *:.*")) {
                    declared.put(n, true);
                }
            }
        }
        assertEquals(List.of(), declared.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList());
    }
}
