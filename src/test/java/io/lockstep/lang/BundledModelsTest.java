package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The real bundled models, for those this build has: each loads cleanly and switches by --release. */
class BundledModelsTest {
    static final List<String> RELEASES = Releases.BUNDLED;

    private static final String SCENARIO = """
            scenario "smoke"
            use "%s"
            memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..7 offline }
            thread "t" { call state_store(4, online) }
            """;

    @ParameterizedTest
    @FieldSource("RELEASES")
    void modelLoadsWithoutErrors(String release) {
        assumeTrue(Releases.text(release).isPresent(), "model " + release + " is not in this build yet");
        Loaded loaded = ScenarioLoader.loadText("smoke.lks", SCENARIO.formatted(release), null, null);
        Lks.assertOk(loaded);
        assertEquals(release, loaded.scenario().release());
        assertTrue(loaded.scenario().procs().values().stream()
                .filter(p -> p.pos().file().equals(release + ".lks")).allMatch(p -> p.origin().equals(release)));
    }

    @ParameterizedTest
    @FieldSource("RELEASES")
    void releaseOverrideSwitchesTheModel(String release) {
        assumeTrue(Releases.text(release).isPresent() && Releases.text("v4.18").isPresent());
        Loaded loaded = ScenarioLoader.loadText("smoke.lks", SCENARIO.formatted("v4.18"), null, release);
        Lks.assertOk(loaded);
        assertEquals(release, loaded.scenario().release());
    }

    @Test
    void onlyBundledNamesAreLookedUp() {
        assertEquals(Optional.empty(), Releases.text("../../../etc/passwd"));
        assertEquals(Optional.empty(), Releases.text("v9.9"));
    }
}
