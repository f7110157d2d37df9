package io.lockstep.ui.panel;

import io.lockstep.lang.Completions;
import io.lockstep.ui.vm.EditorViewModel;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * Ctrl+Space in the editor: a list, under the caret, of what completes the word being typed
 * (entry points, procs, locks, places, zones, keywords of the loaded scenario). The text keeps the
 * keyboard: typing goes on narrowing the list, Up and Down choose, Enter or Tab replaces the word
 * with the choice, Esc closes the list.
 */
final class CompletionPopup {
    private final CodeArea area;
    private final EditorViewModel editor;
    private final Popup popup = new Popup();
    private final ListView<Completions.Candidate> list = new ListView<>();
    private Completions.Offer offer;

    CompletionPopup(CodeArea area, EditorViewModel editor) {
        this.area = area;
        this.editor = editor;
        list.getStyleClass().add(PanelStyles.COMPLETIONS);
        list.setId("completions");
        // Never focused, so that the text keeps every key and the popup only shows the choice.
        list.setFocusTraversable(false);
        list.setPrefSize(520, 220);
        list.setPlaceholder(new Label("nothing to complete here"));
        list.setCellFactory(v -> new CandidateCell());
        list.setOnMouseClicked(e -> accept());
        popup.getContent().add(list);
        popup.setAutoHide(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        area.caretPositionProperty().addListener((obs, was, is) -> {
            if (popup.isShowing()) {
                refresh(true);
            }
        });
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** Offers the completions of the word at the caret. */
    void show() {
        refresh(false);
        Bounds caret = area.getCaretBounds().orElse(area.localToScreen(area.getBoundsInLocal()));
        popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
    }

    /** The word or the caret moved: narrows the list (and closes it when nothing matches while typing). */
    private void refresh(boolean typing) {
        offer = editor.completionsIn(area.getText(), area.getCaretPosition());
        list.getItems().setAll(offer.candidates());
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        if (typing && offer.candidates().isEmpty()) {
            popup.hide();
        }
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        switch (e.getCode()) {
            case UP -> move(-1);
            case DOWN -> move(1);
            case ENTER, TAB -> accept();
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int by) {
        int size = list.getItems().size();
        if (size > 0) {
            int index = Math.floorMod(list.getSelectionModel().getSelectedIndex() + by, size);
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - 3));
        }
    }

    private void accept() {
        Completions.Candidate chosen = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (chosen != null && offer != null) {
            area.replaceText(offer.from(), offer.to(), chosen.text());
            area.requestFocus();
        }
    }

    private static final class CandidateCell extends ListCell<Completions.Candidate> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox row = new HBox(12, name, detail);

        CandidateCell() {
            name.getStyleClass().add(PanelStyles.COMPLETION_NAME);
            detail.getStyleClass().add(PanelStyles.COMPLETION_DETAIL);
        }

        @Override
        protected void updateItem(Completions.Candidate c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            name.setText(c.text());
            detail.setText(c.detail());
            setGraphic(row);
        }
    }
}
