package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.ui.vm.ModelVariant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --compare SPEC} on the window's command line. */
class CompareOptionsTest {

    private static LaunchOptions parse(String... args) throws LaunchOptions.UsageError {
        return LaunchOptions.parse(List.of(args));
    }

    @Test
    void aReleaseASwitchOrBoth() throws Exception {
        assertEquals(new ModelVariant("v4.20", Map.of()), parse("--compare", "v4.20", "f.lks").compare());
        assertEquals(new ModelVariant(null, Map.of("patch3", true)), parse("--compare", "patch3=on", "f.lks").compare());
        assertEquals(new ModelVariant("v4.18", Map.of("patch2", true, "patch3", true)),
                parse("--release", "v4.18", "--compare", "v4.18,patch2=on,patch3=on", "f.lks").compare());
        LaunchOptions shot = parse("--screenshot", "o.png", "--compare", "v4.20", "--schedule", "deadlock", "f.lks");
        assertTrue(shot.screenshotMode());
        assertEquals("v4.20", shot.compare().release());
        assertNull(parse("f.lks").compare());
    }

    @Test
    void aSpecThatIsNeitherIsSaid() {
        String message = assertThrows(LaunchOptions.UsageError.class, () -> parse("--compare", "v5.0", "f.lks"))
                .getMessage();
        assertTrue(message.startsWith("--compare v5.0: v5.0 is neither a bundled release"), message);
        assertTrue(assertThrows(LaunchOptions.UsageError.class, () -> parse("--compare", "patch3=maybe", "f.lks"))
                .getMessage().contains("patch3=maybe"));
        assertEquals("--compare needs a value",
                assertThrows(LaunchOptions.UsageError.class, () -> parse("--compare")).getMessage());
        assertTrue(LaunchOptions.USAGE.contains("--compare SPEC"));
    }
}
