package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.model.BlockState;
import io.lockstep.model.LockKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled reference covers what the language knows: entry points, lock kinds, states, zones, models. */
class LanguageReferenceTest {
    private static final String REFERENCE = LanguageReference.text();

    private static void mentions(String what, String word) {
        assertTrue(REFERENCE.contains("`" + word + "`") || REFERENCE.contains("`" + word + "("),
                "the language reference does not mention " + what + " " + word);
    }

    @Test
    void everyEntryPointIsInTheReference() {
        for (String entry : KernelNames.ENTRY_POINTS) {
            assertTrue(REFERENCE.contains("`" + entry + "("), "the entry-point table lacks " + entry);
        }
    }

    @Test
    void everyLockKindBlockStateZoneAndModelIsInTheReference() {
        for (LockKind k : LockKind.values()) {
            mentions("lock kind", k.keyword());
        }
        for (BlockState s : BlockState.values()) {
            mentions("block state", s.keyword());
        }
        for (String z : KernelNames.ZONES) {
            assertTrue(REFERENCE.contains(z), "the reference does not name zone " + z);
        }
        for (String model : Releases.BUNDLED) {
            mentions("model", model);
        }
    }

    @Test
    void everyExitCodeOfCheckIsInTheReference() {
        for (String code : List.of("| 0 |", "| 1 |", "| 2 |", "| 3 |")) {
            assertTrue(REFERENCE.contains(code), "the exit-code table lacks " + code);
        }
    }
}
