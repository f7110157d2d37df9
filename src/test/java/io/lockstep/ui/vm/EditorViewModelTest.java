package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The editor: dirty tracking, checking in the background as the user types, and where a diagnostic puts the caret. */
class EditorViewModelTest {
    private final List<Thread> checkedOn = new CopyOnWriteArrayList<>();
    private final EditorViewModel editor = new EditorViewModel(text -> () -> {
        checkedOn.add(Thread.currentThread());
        return ScenarioLoader.loadText("t.lks", text, null, null);
    });

    /** Frames go on (at {@code nowNanos}) until the background check has been collected. */
    private void framesUntilChecked(long nowNanos) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        do {
            editor.onFrame(nowNanos);
            Thread.onSpinWait();
        } while (editor.checkPending() && System.nanoTime() < deadline);
        assertFalse(editor.checkPending(), "the check did not finish");
    }

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
        framesUntilChecked(1_000_000_000L + EditorViewModel.CHECK_DELAY_NANOS + 1);
        assertFalse(checkedOn.isEmpty());
        assertTrue(checkedOn.stream().noneMatch(t -> t == Thread.currentThread()), "checked on a thread of its own, not the caller's");
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
    void aCheckOfATextTheUserHasSinceChangedIsDroppedAndTheNewTextChecked() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> checked = new CopyOnWriteArrayList<>();
        EditorViewModel slow = new EditorViewModel(text -> () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            checked.add(text);
            return ScenarioLoader.loadText("t.lks", text, null, null);
        });
        List<String> ran = new ArrayList<>();
        slow.setOnValidEdit((text, loaded) -> ran.add(text));
        slow.setOpen(true);
        slow.textProperty().set("scenario \"first\"\nlock a : mutexx\n");
        slow.onFrame(EditorViewModel.CHECK_DELAY_NANOS * 10);
        assertTrue(slow.checkPending());
        slow.textProperty().set(VALID);
        release.countDown();
        long deadline = System.nanoTime() + 10_000_000_000L;
        long now = EditorViewModel.CHECK_DELAY_NANOS * 10;
        while ((slow.checkPending() || checked.size() < 2) && System.nanoTime() < deadline) {
            now += EditorViewModel.CHECK_DELAY_NANOS;
            slow.onFrame(now);
        }
        assertEquals(2, checked.size(), "the first text, then the one typed while it was checked");
        assertTrue(slow.diagnostics().stream().noneMatch(DiagnosticRow::error), "the stale errors never showed up");
        assertEquals(List.of(VALID), ran, "only the valid, current text is handed on to run");
    }

    static final String VALID = """
            scenario "ok"
            memory { block_size 128M  zone Normal blocks 0..0 online }
            lock a : mutex
            thread "t" { lock a  unlock a }
            """;

    @Test
    void completionsComeFromTheLastScenarioThatLoaded() {
        Loaded loaded = ScenarioLoader.loadText("t.lks", VALID, null, null);
        editor.showDiagnostics(loaded);
        editor.textProperty().set(VALID + "thread \"u\" { lock ");
        var offer = editor.completionsIn(editor.textProperty().get(), editor.textProperty().get().length());
        assertEquals(List.of("a"), offer.candidates().stream().map(c -> c.text()).toList());
    }

    @Test
    void patchingAProcAppendsItOpensTheEditorAndPointsTheCaretIntoIt() {
        editor.textProperty().set(VALID);
        int caret = editor.patchProc("v4.20", "online_pages").orElseThrow();
        String text = editor.textProperty().get();
        assertTrue(text.startsWith(VALID));
        assertTrue(editor.openProperty().get());
        assertTrue(text.lastIndexOf("proc online_pages(") < caret, "the caret is inside the copy");
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
