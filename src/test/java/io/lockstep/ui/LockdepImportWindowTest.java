package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.ui.view.StyleClasses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Import lockdep report: a pasted report becomes the editor's unsaved scenario, its chain the
 * graph's classes, and the window shows the mapping, the suggestions and the stacks; broken text
 * shows the positioned error and stays as typed.
 */
class LockdepImportWindowTest extends WindowFixture {
    private static final Path REPORT = Path.of("src/test/resources/lockdep/real-2020-01-dax-kmem-remove-memory.txt");

    @Override
    protected String sample() {
        return "v40-hotadd-vs-udev-deadlock.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    private LockdepImportWindow pasteAndImport(String text) {
        LockdepImportWindow w = fx(() -> {
            window.importLockdep();
            return window.lockdepImport();
        });
        fx(() -> {
            w.reportArea().setText(text);
            ((Button) w.stage().getScene().lookup("#lockdep-import")).fire();
            return null;
        });
        return w;
    }

    private String graphCaption() {
        return fx(() -> ((Label) window.scene().getRoot().lookup("." + StyleClasses.GRAPH_CAPTION)).getText());
    }

    private Set<String> graphClasses() {
        return fx(() -> window.scene().getRoot().lookupAll("." + StyleClasses.GRAPH_CLASS).stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet()));
    }

    @Test
    void aPastedReportOpensAsAnUnsavedScenarioWithItsChainMappingAndSuggestions() throws Exception {
        String text = Files.readString(REPORT);
        LockdepImportWindow w = pasteAndImport(text);
        waitUntil("the imported scenario is in the editor",
                () -> session.editor().textProperty().get().contains("lockdep \"kn->count#241\""));
        String scenario = fx(() -> session.editor().textProperty().get());
        assertTrue(scenario.contains("thread \"link #1: kn_active -> cpu_hotplug_lock\""), scenario);
        assertTrue(scenario.contains("thread \"writer: cpu_hotplug_lock\""), "the cycle reads cpu_hotplug_lock: " + scenario);
        assertTrue(fx(() -> session.editor().openProperty().get()), "the editor shows it");
        assertTrue(fx(() -> session.editor().fileNameProperty().get()).startsWith("lockdep-report.lks (not saved"),
                fx(() -> session.editor().fileNameProperty().get()));
        assertFalse(fx(() -> session.source().hasFile()), "a new document: nothing is written until the user saves");
        waitForVerdicts();
        waitUntil("the graph shows the chain", () -> graphClasses().containsAll(Set.of("kn_active", "cpu_hotplug_lock",
                "mem_hotplug_lock")));
        String shown = fx(() -> w.resultArea().getText());
        assertTrue(shown.matches("(?s).*\\n  kn->count#241 +-> kn_active\\n.*"), shown);
        assertTrue(shown.contains("unmapped: none"), shown);
        assertTrue(shown.contains("suggested entry points (v4.20): state_store (matches state_store → device_online"), shown);
        assertTrue(shown.contains("link #0: mem_hotplug_lock.rw_sem held, then kn->count#241 taken"), shown);
        assertTrue(shown.contains("\n    __kernfs_remove+0x25f/0x2e0\n"), "every link's stack is shown: " + shown);
        // The view redraws on the next frame after the run lands on its last step: wait for what it shows.
        waitUntil("the deadlock schedule is loaded at its end, so the graph draws the chain", () -> run.recordedStepsProperty()
                .get() > 0 && run.shownStepProperty().get() == run.recordedStepsProperty().get() && graphCaption().startsWith("3 of 3 edges"));
        assertTrue(graphCaption().startsWith("3 of 3 edges, 3 classes"), graphCaption());
        assertEquals(0, fx(() -> ((org.fxmisc.richtext.CodeArea) window.scene().lookup("#editor-text")).getCaretPosition()),
                "the editor shows the scenario's top");
        assertEquals(text, fx(() -> w.reportArea().getText()), "the pasted text stays");
        assertFalse(fx(() -> w.errorLabel().isVisible()));
    }

    @Test
    void brokenTextShowsThePositionedErrorAndKeepsTheText() {
        String before = fx(() -> session.editor().textProperty().get());
        String broken = "> [  12.1] WARNING: possible circular locking dependency detected\n"
                + "> [  12.1] bash/1 is trying to acquire lock:\n"
                + "> [  12.1] ffff88 (mem_hotplug_lock.rw_sem{++++}, at: online_pages+0x1/0x2\n";
        LockdepImportWindow w = pasteAndImport(broken);
        waitUntil("the error is shown", () -> w.errorLabel().isVisible());
        String error = fx(() -> w.errorLabel().getText());
        assertTrue(error.startsWith("pasted report:3:"), error);
        assertTrue(error.contains("expected ')' closing the lock class"), error);
        assertTrue(error.contains("\n    > [  12.1] ffff88 (mem_hotplug_lock") && error.contains("^"), error);
        assertEquals(broken, fx(() -> w.reportArea().getText()), "nothing the user typed is lost");
        int caret = fx(() -> w.reportArea().getCaretPosition());
        assertTrue(caret > broken.indexOf("ffff88"), "the cursor is on the error's line: " + caret);
        assertEquals(before, fx(() -> session.editor().textProperty().get()), "the scenario on screen stays");
        assertTrue(fx(() -> session.statusProperty().get()).contains("could not be read"), fx(() -> session.statusProperty().get()));
    }

    @Test
    void anOpenedFileFillsTheTextAndNamesTheScenario(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("splat.txt");
        Files.copy(Path.of("src/test/resources/lockdep/real-2019-10-pseries-recursive-read.txt"), file);
        LockdepImportWindow w = fx(() -> {
            window.importLockdep();
            window.lockdepImport().openFile(file.toFile());
            return window.lockdepImport();
        });
        waitUntil("the scenario of the file is in the editor", () -> session.editor().fileNameProperty().get().startsWith("splat.lks"));
        assertEquals(Files.readString(file), fx(() -> w.reportArea().getText()), "the file's text is in the area, to edit");
        assertTrue(fx(() -> session.editor().textProperty().get()).contains("read_lock cpu_hotplug_lock"));
        assertTrue(fx(() -> w.resultArea().getText()).contains("two read holds"), fx(() -> w.resultArea().getText()));
    }
}
