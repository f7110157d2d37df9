package io.lockstep.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Capacity;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A saved view: written, read back, restored at the same step; a changed model and a broken file say so. */
class SavedViewTest {
    private static final Path HEADLINE = Path.of("samples", "v40-hotadd-vs-udev-deadlock.lks");

    private static SavedView headlineUnderV418WithPatch3(List<Integer> schedule, int step) throws IOException {
        String text = Files.readString(HEADLINE);
        Loaded loaded = ScenarioLoader.loadTextChecked(HEADLINE.getFileName().toString(), text,
                HEADLINE.toAbsolutePath().getParent(), "v4.18", Capacity::check);
        return ViewCapture.of("x", HEADLINE, text, "v4.18", Map.of("patch3", true), loaded.scenario(), schedule, step,
                "dark");
    }

    @Test
    void aViewIsWrittenReadBackAndRestoredAtItsStep() throws Exception {
        SavedView saved = headlineUnderV418WithPatch3(List.of(0, 0, 0, 1, 1, 0), 4);
        String json = SavedViewFile.write(saved);
        assertTrue(json.startsWith("{\n  \"format\" : \"lockstep-view/1\""), json);
        SavedView read = SavedViewFile.read(json);
        assertEquals(saved, read);
        ViewRestore.Restored r = ViewRestore.restore(read, false);
        assertTrue(r.ok(), r.loaded().errors().toString());
        assertEquals(List.of(), r.warnings());
        assertEquals(4, r.step());
        assertEquals(6, r.trace().size());
        assertTrue(r.loaded().scenario().switchOn("patch3"));
        assertEquals("v4.18", r.loaded().scenario().release());
    }

    @Test
    void aChangedModelAndASchedulePastWhatAppliesAreSaidNotHidden() throws Exception {
        SavedView saved = headlineUnderV418WithPatch3(List.of(0, 0, 0), 3);
        SavedView tampered = new SavedView(saved.scenarioName(), saved.scenarioFolder(), saved.scenarioText(),
                saved.release(), saved.switches(), List.of(0, 0, 0, 7), 4, saved.theme(), saved.modelRelease(),
                "sha256:" + "0".repeat(64));
        ViewRestore.Restored r = ViewRestore.restore(tampered, false);
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("the bundled v4.18 model has changed since this view was saved"));
        assertTrue(r.warnings().get(1).startsWith("the saved schedule stops applying at step 4"), r.warnings().get(1));
        assertEquals(3, r.step());
    }

    @Test
    void whatIsNotASavedViewGetsAMessage() {
        assertEquals("not a saved Lockstep view: it must start with \"format\": \"lockstep-view/1\"",
                assertThrows(SavedViewFile.Invalid.class, () -> SavedViewFile.read("{\"a\": 1}")).getMessage());
        assertTrue(assertThrows(SavedViewFile.Invalid.class, () -> SavedViewFile.read("{oops")).getMessage()
                .startsWith("not JSON"));
        assertEquals("\"step\" must be a step of the schedule, 0 to 1", assertThrows(SavedViewFile.Invalid.class,
                () -> SavedViewFile.read("{\"format\": \"lockstep-view/1\", \"scenario\": {\"name\": \"a\", \"text\": \"\"},"
                        + " \"schedule\": [0], \"step\": 5}")).getMessage());
    }
}
