package io.lockstep.ui;

import io.lockstep.event.Finding;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.SourceFiles;
import io.lockstep.lockdep.ImportSummary;
import io.lockstep.lockdep.LockdepImport;
import io.lockstep.ui.panel.PanelStyles;
import io.lockstep.ui.vm.ScenarioSource;
import io.lockstep.ui.vm.SessionViewModel;
import java.io.File;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * File ▸ Import lockdep report: a window to paste a report into (or fill from a file), which turns it
 * into a scenario through {@link LockdepImport}, the command line's path, off the FX thread. On
 * success the scenario opens in the editor as a new unsaved document and runs, and the lower half
 * shows what the import made of the report: the class mapping, the unmapped classes, the suggested
 * entry points, the expect lines and every link's stack. On text it cannot read it shows the
 * positioned error (line, column, caret), puts the cursor there, and keeps the text as it was.
 */
final class LockdepImportWindow {
    private final Stage owner;
    private final SessionViewModel session;
    /** Asks before unsaved edits are dropped (the import opens a scenario of its own). */
    private final BooleanSupplier mayReplace;
    /** What the window does once the scenario is in the editor (shows its top). */
    private final Runnable onOpened;
    private final TextArea report = new TextArea();
    private final Label error = new Label();
    private final TextArea result = new TextArea();
    private final Button importButton = new Button("Import");
    private Stage stage;
    /** What positions in an error name: the file opened, or, for text typed or pasted, this. */
    private static final String PASTED = "pasted report";
    private String name = PASTED;

    LockdepImportWindow(Stage owner, SessionViewModel session, BooleanSupplier mayReplace, Runnable onOpened) {
        this.owner = owner;
        this.session = session;
        this.mayReplace = mayReplace;
        this.onOpened = onOpened;
    }

    void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
        report.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    private Stage build() {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Import a lockdep report — Lockstep");
        Label how = new Label("Paste a lockdep report (\"possible circular locking dependency detected\" or \"possible"
                + " recursive locking detected\"), as dmesg, a mail or a bug tracker shows it, or open a file. Lockstep turns"
                + " it into a scenario whose threads take the chain's locks in the recorded order, and checks it.");
        how.setWrapText(true);
        how.getStyleClass().add(PanelStyles.HINT);
        report.setId("lockdep-text");
        report.setPromptText("[  241.503313] WARNING: possible circular locking dependency detected\n…");
        monospace(report);
        report.textProperty().addListener((obs, was, is) -> {
            error.setVisible(false); // the error was about other text
            name = PASTED; // and it is no longer the file's (openFile names it again after filling the area)
        });
        error.setId("lockdep-error");
        error.setWrapText(false);
        error.setStyle("-fx-font-family: 'Monospaced'; -fx-text-fill: #b00020;");
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        Button open = new Button("Open a file…");
        open.setId("lockdep-open");
        open.setOnAction(e -> openFile());
        importButton.setId("lockdep-import");
        importButton.setDefaultButton(false);
        importButton.setOnAction(e -> importText(name));
        Button close = new Button("Close");
        close.setOnAction(e -> s.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, gap, importButton, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, how, report, error, buttons);
        VBox.setVgrow(report, Priority.ALWAYS);
        top.setPadding(new Insets(10));
        result.setId("lockdep-result");
        result.setEditable(false);
        result.setPromptText("What the import makes of the report (the class mapping, the suggested entry points, each"
                + " link's stack) shows here.");
        monospace(result);
        VBox bottom = new VBox(4, caption("What Lockstep made of it"), result);
        VBox.setVgrow(result, Priority.ALWAYS);
        bottom.setPadding(new Insets(0, 10, 10, 10));
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        split.getStyleClass().add("lk-window");
        Scene scene = new Scene(split, 960, 760);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        s.setScene(scene);
        return s;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(PanelStyles.SECTION_TITLE);
        return l;
    }

    private static void monospace(TextArea area) {
        area.setStyle("-fx-font-family: 'Monospaced';");
        area.setWrapText(false);
    }

    private void openFile() {
        FileChooser chooser = FileChoosers.of("Open a lockdep report", "Text (*.txt, *.log, *.eml)", "*.txt", "*.log", "*.eml");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Any file", "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openFile(file);
        }
    }

    /** Reads {@code file} into the text area (where the user can still edit it) and imports it. */
    void openFile(File file) {
        try {
            report.setText(SourceFiles.read(file.toPath()));
            name = file.getName();
            importText(name);
        } catch (IOException e) {
            showError(file + ": cannot read the report: " + e.getMessage());
        }
    }

    /** The Import button: reads the text in the area; the work runs off the FX thread, its result comes back on it. */
    void importText(String reportName) {
        String text = report.getText();
        importButton.setDisable(true);
        session.say("Importing the lockdep report " + reportName + "…");
        Thread t = new Thread(() -> {
            LockdepImport.Result r;
            try {
                r = LockdepImport.fromText(reportName, text);
            } catch (RuntimeException | StackOverflowError e) { // a message, never a silent thread death
                r = new LockdepImport.Result(null, null, java.util.List.of(), java.util.Optional.empty(), java.util.List.of(),
                        java.util.List.of(), Diagnostic.ofCommandLine(reportName, "cannot import this report (" + e
                                + "); please report it"));
            }
            LockdepImport.Result done = r;
            Platform.runLater(() -> show(done, reportName));
        }, "lockdep-import");
        t.setDaemon(true);
        t.start();
    }

    private void show(LockdepImport.Result r, String reportName) {
        importButton.setDisable(false);
        if (!r.ok()) {
            showError(r.error().format());
            placeCaret(r.error());
            result.clear(); // what it made of the text before is no longer what the area holds
            session.say("The lockdep report could not be read: " + r.error().pos() + ": " + r.error().message());
            return;
        }
        error.setVisible(false);
        result.setText(String.join("\n", ImportSummary.lines(r, true)));
        result.positionCaret(0);
        if (!mayReplace.getAsBoolean()) {
            return; // the user keeps their edits; the result stays here to import again
        }
        String scenarioName = reportName.equals(PASTED) ? "lockdep-report.lks"
                : reportName.replaceFirst("\\.[A-Za-z]{1,4}$", "") + ".lks";
        if (!session.open(ScenarioSource.unsaved(scenarioName, r.scenario()))) {
            return; // cannot happen (the import loads what it hands out); the editor would show why
        }
        session.editor().setOpen(true);
        onOpened.run();
        session.say("Imported " + reportName + ": " + r.mappings().size() + " classes (" + r.unmapped().size()
                + " unmapped), " + r.report().dependencies().size() + " links. The scenario is unsaved: Save as keeps it.");
        // The chain is the schedule that shows it: loaded, the graph draws every link's edge.
        boolean deadlock = r.expects().stream().anyMatch(e -> e.startsWith("expect deadlock"));
        boolean inversion = r.expects().stream().anyMatch(e -> e.startsWith("expect inversion"));
        if (deadlock || inversion) {
            showTheEnd(session.run().originProperty());
            session.find(deadlock ? Finding.Kind.DEADLOCK : Finding.Kind.INVERSION);
        }
    }

    /** Once the shortest schedule is recorded, shows its last step: the whole cycle, every edge drawn. */
    private void showTheEnd(javafx.beans.value.ObservableValue<String> origin) {
        javafx.beans.value.ChangeListener<String> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> obs, String was, String is) {
                if (is != null && is.startsWith("the shortest")) {
                    origin.removeListener(this);
                    Platform.runLater(session.run()::end); // after the run has landed on its first step
                }
            }
        };
        origin.addListener(once);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** Puts the cursor of the text area at the error's line and column, so the user sees what to fix. */
    private void placeCaret(Diagnostic d) {
        if (d.pos() == null || d.pos().line() < 1) {
            return;
        }
        String text = report.getText();
        int offset = 0;
        for (int line = 1; line < d.pos().line() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return;
            }
        }
        int lineEnd = text.indexOf('\n', offset);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        report.positionCaret(Math.min(end, offset + Math.max(0, d.pos().col() - 1)));
    }

    /** The three areas (tests). */
    TextArea reportArea() {
        return report;
    }

    Label errorLabel() {
        return error;
    }

    TextArea resultArea() {
        return result;
    }
}
