package io.lockstep.ui.panel;

import io.lockstep.ui.vm.DiagnosticRow;
import io.lockstep.ui.vm.EditorViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The scenario's text, editable, with its problems listed under it as the user types (line,
 * column, message; clicking one puts the caret there). "Save & run" writes the file atomically
 * and, when the text is valid, restarts the run with it; until then the old run stays on screen.
 */
public final class EditorPane extends VBox {
    private final TextArea text = new TextArea();
    private final ListView<DiagnosticRow> problems = new ListView<>();
    private Runnable onSave = () -> {};
    private Runnable onSaveAs = () -> {};
    private Runnable onRevert = () -> {};

    public EditorPane(EditorViewModel editor) {
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
        text.textProperty().bindBidirectional(editor.textProperty());
        VBox.setVgrow(text, Priority.ALWAYS);

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
        getChildren().addAll(header, text, summary, problems, buttons);
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
        text.requestFocus();
        text.positionCaret(EditorViewModel.offsetOf(text.getText(), row.line(), row.col()));
    }

    public TextArea textArea() {
        return text;
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
