package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.model.ProcDecl;
import io.lockstep.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user's proc may go without a citation or a why; a bundled model's never does. */
class ModelCitationTest {
    @ParameterizedTest
    @ValueSource(strings = {"v4.0", "v4.18", "v4.20", "v6.14"})
    void everyProcOfABundledModelCitesItsKernelFunction(String release) {
        Loaded l = ScenarioLoader.loadText("t.lks", "scenario \"t\"\nuse \"" + release + "\"\n"
                + "memory { block_size 128M zone Normal blocks 0..3 online }\nthread \"t\" { }\n", null, null);
        assertTrue(l.ok(), () -> l.errors().toString());
        Scenario s = l.scenario();
        for (ProcDecl p : s.procs().values()) {
            assertTrue(p.at() != null && p.at().matches("[\\w/.-]+\\.[ch]:\\w+"), release + ": proc " + p.name()
                    + " cites " + p.at());
            assertTrue(p.fromBundledModel(), p.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v4.0", "v4.18", "v4.20", "v6.14"})
    void everyProcOfABundledModelSaysWhy(String release) {
        // Every proc, not only the ones a scenario reaches: the narration and the stack show any of them.
        BundledModel m = BundledModel.load(release).orElseThrow();
        java.util.List<String> without = m.procNames().stream()
                .filter(n -> m.proc(n).map(p -> p.why() == null || p.why().isBlank()).orElse(true)).toList();
        assertTrue(without.isEmpty(), release + ": procs without a why: " + String.join(", ", without));
        assertTrue(m.procNames().size() > 30, release + " has its procs");
    }
}
