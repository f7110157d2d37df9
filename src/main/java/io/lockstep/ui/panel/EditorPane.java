package io.lockstep.ui.panel;

import io.lockstep.ui.vm.DiagnosticRow;
import io.lockstep.ui.vm.EditorViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The scenario's text in a code editor (highlighted, problems underlined where they are, Ctrl+Space
 * completes a name), with its problems also listed under it (line, column, message; clicking one
 * puts the caret there). A valid edit runs at once; "Save & run" writes the file atomically. While
 * the text is invalid the old run stays on screen.
 */
public final class EditorPane extends VBox {
    private final EditorViewModel editor;
    private final ScenarioCodeArea text;
    private final CompletionPopup completion;
    private final ListView<DiagnosticRow> problems = new ListView<>();
    private Runnable onSave = () -> {};
    private Runnable onSaveAs = () -> {};
    private Runnable onRevert = () -> {};

    public EditorPane(EditorViewModel editor) {
        this.editor = editor;
        this.text = new ScenarioCodeArea(editor);
        this.completion = new CompletionPopup(text, editor);
        getStyleClass().add(PanelStyles.EDITOR);
        setSpacing(6);
        Label title = new Label("Scenario");
        title.getStyleClass().add(PanelStyles.SECTION_TITLE);
        Label file = new Label();
        file.getStyleClass().add(PanelStyles.HINT);
        file.textProperty().bind(editor.fileNameProperty().concat(
                javafx.beans.binding.Bindings.when(editor.dirtyProperty()).then("  (edited)").otherwise("")));
        file.setMinWidth(0);
        HBox header = new HBox(8, title, file);
        header.setAlignment(Pos.BASELINE_LEFT);

        text.getStyleClass().add(PanelStyles.EDITOR_TEXT);
        text.setId("editor-text");
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() && e.getCode() == KeyCode.SPACE) {
                completion.show();
                e.consume();
            }
        });
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(text);
        scroll.getStyleClass().add(PanelStyles.EDITOR_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label hint = new Label("Ctrl+Space completes a name · rest the mouse on an underlined word for its problem");
        hint.getStyleClass().add(PanelStyles.HINT);
        hint.setMinWidth(0);

        Label summary = new Label();
        summary.setId("editor-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(editor.summaryProperty());
        summary.getStyleClass().add(PanelStyles.HINT);

        problems.getStyleClass().add(PanelStyles.DIAGNOSTICS);
        problems.setId("diagnostics");
        problems.setItems(editor.diagnostics());
        problems.setPrefHeight(120);
        problems.setMinHeight(60);
        problems.setCellFactory(list -> new DiagnosticCell());
        problems.setOnMouseClicked(e -> goTo(problems.getSelectionModel().getSelectedItem()));

        Button save = new Button("Save & run");
        save.setId("editor-save");
        save.setTooltip(new Tooltip("Save the file (Ctrl+S) and, if it is valid, restart the run with it"));
        save.setOnAction(e -> onSave.run());
        Button saveAs = new Button("Save as…");
        saveAs.setOnAction(e -> onSaveAs.run());
        Button revert = new Button("Revert");
        revert.setTooltip(new Tooltip("Read the file again, dropping unsaved edits"));
        revert.setOnAction(e -> onRevert.run());
        Button close = new Button("Close");
        close.setTooltip(new Tooltip("Hide the editor (Ctrl+E); your edits stay"));
        close.setOnAction(e -> editor.setOpen(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, save, saveAs, revert, spacer, close);
        getChildren().addAll(header, scroll, hint, summary, problems, buttons);
        setPrefWidth(520);
        setMinWidth(0);
    }

    public void setOnSave(Runnable action) {
        onSave = action;
    }

    public void setOnSaveAs(Runnable action) {
        onSaveAs = action;
    }

    public void setOnRevert(Runnable action) {
        onRevert = action;
    }

    /** Puts the caret at a problem's line and column and gives the text the focus. */
    public void goTo(DiagnosticRow row) {
        if (row == null || !row.inEditedFile()) {
            return;
        }
        placeCaret(EditorViewModel.offsetOf(text.getText(), row.line(), row.col()));
    }

    /**
     * "Patch this proc": copies proc {@code procName} of the model {@code release} into the scenario
     * as a redefinition, opens the editor and puts the caret on the copy's first statement.
     */
    public void patchProc(String release, String procName) {
        editor.patchProc(release, procName).ifPresent(this::placeCaret);
    }

    private void placeCaret(int offset) {
        text.requestFocus();
        text.moveTo(Math.min(offset, text.getLength()));
        text.requestFollowCaret();
    }

    /** The code area that holds the text. */
    public CodeArea textArea() {
        return text;
    }

    /** Whether the completion list is showing (tests). */
    boolean completionShowing() {
        return completion.isShowing();
    }

    private static final class DiagnosticCell extends ListCell<DiagnosticRow> {
        @Override
        protected void updateItem(DiagnosticRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                pseudoClassStateChanged(PanelStyles.ERROR, false);
                return;
            }
            setText(row.text());
            setTooltip(new Tooltip(row.formatted()));
            pseudoClassStateChanged(PanelStyles.ERROR, row.error());
        }
    }
}
