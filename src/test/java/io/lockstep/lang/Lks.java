package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test helpers: load text against small fake kernel models, and find diagnostics. */
final class Lks {
    private Lks() {}

    static final String V418 = """
            # a small stand-in for the bundled v4.18 model
            lock device_hotplug_lock : mutex
            lock mem_hotplug_lock : percpu_rwsem
            lock device_lock[] : mutex novalidate
            var memhp_auto_online = 0
            proc add_memory(b) at "drivers/base/memory.c:add_memory" {
              lock device_hotplug_lock
              call add_memory_resource(b)
              unlock device_hotplug_lock
            }
            proc add_memory_resource(b) at "mm/memory_hotplug.c:add_memory_resource" {
              read_lock mem_hotplug_lock
              set block b offline
              read memhp_auto_online -> auto
              if auto == 1 { set block b online }
              read_unlock mem_hotplug_lock
            }
            proc memtrace_offline(b) at "arch/powerpc/platforms/powernv/memtrace.c:memtrace_offline_pages" {
              lock device_lock[b]
              unlock device_lock[b]
            }
            """;

    /** Like v4.18 but without memtrace, as in the real v6.14. */
    static final String V614 = V418.replaceAll("(?s)proc memtrace_offline.*", "");

    static final Map<String, String> MODELS = Map.of("v4.18", V418, "v4.20", V418, "v6.14", V614);

    static final Function<String, Optional<String>> FAKE_MODELS = name -> Optional.ofNullable(MODELS.get(name));

    /** A scenario file that is valid on its own; tests append lines to it. */
    static final String MINIMAL = """
            scenario "minimal"
            memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..7 offline }
            lock a : mutex
            """;

    static Loaded load(String text) {
        return ScenarioLoader.loadText("test.lks", text, null, null, FAKE_MODELS);
    }

    static Loaded loadWithRelease(String text, String release) {
        return ScenarioLoader.loadText("test.lks", text, null, release, FAKE_MODELS);
    }

    /** The one error of a load that must have exactly one, as {@code "LINE:COL: message"}. */
    static String onlyError(Loaded loaded) {
        List<Diagnostic> errors = loaded.errors();
        if (errors.size() != 1) {
            fail("expected exactly one error, got:\n" + formatAll(loaded));
        }
        return at(errors.get(0));
    }

    static String at(Diagnostic d) {
        return d.pos().line() + ":" + d.pos().col() + ": " + d.message();
    }

    static List<String> errors(Loaded loaded) {
        return loaded.errors().stream().map(Lks::at).toList();
    }

    static String formatAll(Loaded loaded) {
        return loaded.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    static void assertOk(Loaded loaded) {
        assertEquals(List.of(), errors(loaded), () -> formatAll(loaded));
    }
}
