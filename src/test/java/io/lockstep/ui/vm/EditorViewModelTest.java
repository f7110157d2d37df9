package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.lang.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The editor: dirty tracking, checking as the user types, and where a diagnostic puts the caret. */
class EditorViewModelTest {
    private final EditorViewModel editor = new EditorViewModel(text -> ScenarioLoader.loadText("t.lks", text, null, null));

    @Test
    void editsMakeItDirtyAndAreCheckedAMomentAfterTyping() {
        editor.show(new ScenarioSource("t.lks", "scenario \"ok\"\n", java.nio.file.Path.of("t.lks")), true);
        editor.setOpen(true);
        assertFalse(editor.dirtyProperty().get());
        editor.onFrame(1_000_000_000L);
        editor.textProperty().set("scenario \"ok\"\nlock a : mutexx\n");
        assertTrue(editor.dirtyProperty().get());
        editor.onFrame(1_100_000_000L);
        assertTrue(editor.diagnostics().stream().noneMatch(d -> d.line() == 2), "not while the user is still typing");
        editor.onFrame(1_000_000_000L + EditorViewModel.CHECK_DELAY_NANOS + 1);
        DiagnosticRow row = editor.diagnostics().stream().filter(d -> d.line() == 2).findFirst().orElseThrow();
        assertEquals(2, row.line());
        assertTrue(row.inEditedFile());
        assertTrue(row.text().startsWith("line 2, col "), row.text());
        assertTrue(editor.summaryProperty().get().contains("the run on screen stays"));
    }

    @Test
    void unsavedEditsOfTheSameFileSurviveReopeningIt() {
        ScenarioSource source = new ScenarioSource("t.lks", "old", java.nio.file.Path.of("t.lks"));
        editor.show(source, true);
        editor.textProperty().set("typed");
        editor.show(source, false);
        assertEquals("typed", editor.textProperty().get());
        editor.show(source, true);
        assertEquals("old", editor.textProperty().get());
    }

    @Test
    void aBundledSampleIsDirtyOnceEditedBecauseItHasNoFile() {
        editor.show(ScenarioSource.unsaved("samples/x.lks", "text"), true);
        assertFalse(editor.dirtyProperty().get());
        editor.textProperty().set("text!");
        assertTrue(editor.dirtyProperty().get());
    }

    @Test
    void offsetsOfLinesAndColumnsAreClampedToTheText() {
        String text = "ab\ncdef\n\ng";
        assertEquals(0, EditorViewModel.offsetOf(text, 1, 1));
        assertEquals(4, EditorViewModel.offsetOf(text, 2, 2));
        assertEquals(7, EditorViewModel.offsetOf(text, 2, 99), "past the end of line 2: its end");
        assertEquals(9, EditorViewModel.offsetOf(text, 4, 1));
        assertEquals(text.length(), EditorViewModel.offsetOf(text, 40, 1));
    }
}
