package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.ui.vm.EditorViewModel;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The code editor as a user drives it (headless, Monocle): a typo is underlined where it is and
 * explained on hover, fixing it runs the edited text; Ctrl+Space completes a name; "patch" on a
 * stack frame copies the model's proc into the scenario, and the verdicts stay.
 */
class EditorWindowTest extends WindowFixture {
    @Override
    protected String sample() {
        return "v40-hotadd-vs-udev-deadlock.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }


    private String deadlockBadge(FxRobot robot) {
        return fx(() -> robot.lookup("#find-deadlock").queryButton().getAccessibleText());
    }

    private CodeArea openEditorAtTheEnd(FxRobot robot) {
        robot.clickOn("#toggle-editor");
        CodeArea editor = robot.lookup("#editor-text").queryAs(CodeArea.class);
        robot.clickOn(editor);
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        return editor;
    }

    @Test
    void aTypoIsUnderlinedAndExplainedOnHoverAndFixingItRunsTheEditedText(FxRobot robot) {
        waitForVerdicts();
        robot.type(KeyCode.SPACE, 2);
        waitUntil("step 2 is shown", () -> run.currentProperty().get().step() == 2 && !run.isBusy());
        Program before = fx(() -> run.program());
        CodeArea editor = openEditorAtTheEnd(robot);
        robot.write("\nlock extra_lock : mutux\n"); // no prefix of it is valid, so no keystroke reruns the scenario
        int typo = fx(() -> editor.getText().lastIndexOf("mutux"));
        waitUntil("the typo is marked", () -> editor.getStyleOfChar(typo + 1).contains("lk-code-error"));
        assertFalse(fx(() -> editor.getStyleOfChar(typo - 3).contains("lk-code-error")), "only the token at the column");
        assertTrue(fx(() -> editor.getStyleOfChar(1).contains("lk-code-comment")), "the sample's first line is a comment");
        assertSame(before, fx(() -> run.program()), "an invalid text leaves the run on screen");

        Bounds word = fx(() -> editor.getCharacterBoundsOnScreen(typo, typo + 5).orElseThrow());
        robot.moveTo(new javafx.geometry.Point2D(word.getMinX() + word.getWidth() / 2, word.getMinY() + word.getHeight() / 2));
        waitUntil("the message shows on hover", () -> robot.lookup(".lk-editor-hover").tryQuery()
                .map(n -> ((Label) n).getText().contains("unknown lock kind mutux") && n.getScene().getWindow().isShowing())
                .orElse(false));

        robot.clickOn(editor);
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE, 3).write("ex\n"); // mutux -> mutex
        waitUntil("the edited text runs", () -> run.program() != before && !session.editor().checkPending());
        assertTrue(fx(() -> run.program().scenario().locks().containsKey("extra_lock")));
        assertFalse(fx(() -> editor.getStyleOfChar(typo + 1).contains("lk-code-error")), "the mark is gone");
        assertTrue(fx(() -> session.editor().dirtyProperty().get()), "running an edit does not save it");
        waitUntil("the schedule on screen is replayed under the edit", () -> run.currentProperty().get().step() == 2
                && session.statusProperty().get().contains("so this is step 2 again"));
        assertTrue(fx(() -> session.statusProperty().get()).startsWith("Running the edited text (not saved yet"),
                fx(() -> session.statusProperty().get()));
        waitForVerdicts();
        assertEquals("Deadlock: found · 26 steps", deadlockBadge(robot));
    }

    @Test
    void ctrlSpaceCompletesAnEntryPointOfTheModelAndTypingNarrowsTheList(FxRobot robot) {
        waitForVerdicts();
        CodeArea editor = openEditorAtTheEnd(robot);
        robot.write("\nthread \"more\" { call pro");
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        waitUntil("the completions show", () -> completionShowing(robot) && shownCompletions(robot).contains("probe_store"));
        robot.write("be_s");
        waitUntil("typing narrows the list", () -> shownCompletions(robot).equals(java.util.List.of("probe_store")));
        robot.type(KeyCode.ENTER);
        waitUntil("the word is completed", () -> editor.getText().endsWith("call probe_store"));
        assertFalse(fx(() -> completionShowing(robot)));
        assertTrue(fx(() -> editor.getText().endsWith("{ call probe_store")), "Ctrl+Space typed no space, Enter no line");
    }

    private static java.util.List<String> shownCompletions(FxRobot robot) {
        return robot.lookup("#completions").queryListView().getItems().stream()
                .map(c -> ((io.lockstep.lang.Completions.Candidate) c).text()).toList();
    }

    private static boolean completionShowing(FxRobot robot) {
        return robot.lookup("#completions").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void patchOnAStackFrameCopiesTheModelsProcIntoTheScenarioAndTheVerdictsStay(FxRobot robot) {
        waitForVerdicts();
        Program before = fx(() -> run.program());
        Node card = fx(() -> window.threads().card(0));
        Node patch = robot.from(card).lookup("#patch-probe_store").query();
        robot.clickOn(patch);
        waitUntil("the editor opened", () -> session.editor().openProperty().get());
        CodeArea editor = robot.lookup("#editor-text").queryAs(CodeArea.class);
        String text = fx(editor::getText);
        assertTrue(text.contains("# Patched copy of probe_store from the v4.0 model"), text);
        int caret = fx(editor::getCaretPosition);
        assertTrue(caret > text.lastIndexOf("proc probe_store("), "the caret is in the copy");
        assertEquals(0, fx(() -> run.currentProperty().get().step()), "a click on patch does not step the thread");
        waitUntil("the patched text runs", () -> run.program() != before);
        assertFalse(fx(() -> run.program().scenario().procs().get("probe_store").fromBundledModel()));
        waitForVerdicts();
        assertEquals("Deadlock: found · 26 steps", deadlockBadge(robot));
        assertNotSame(before, fx(() -> run.program()));
    }

    @Test
    void theEditorsCheckRunsOffTheFxThread() {
        AtomicReference<Boolean> onFx = new AtomicReference<>();
        EditorViewModel editor = new EditorViewModel(text -> () -> {
            onFx.set(Platform.isFxApplicationThread());
            return ScenarioLoader.loadText("t.lks", text, null, null);
        });
        fx(() -> {
            editor.setOpen(true);
            editor.textProperty().set("scenario \"t\"\n");
            editor.onFrame(10_000_000_000L);
            return null;
        });
        waitUntil("the check is collected", () -> {
            editor.onFrame(20_000_000_000L);
            return !editor.checkPending();
        });
        assertEquals(Boolean.FALSE, onFx.get(), "the check ran on a thread other than the FX thread");
    }
}
