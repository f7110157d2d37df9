package io.lockstep.ui.panel;

import io.lockstep.lang.SyntaxSpans;
import io.lockstep.ui.vm.CodeStyling;
import io.lockstep.ui.vm.DiagnosticRow;
import io.lockstep.ui.vm.EditorViewModel;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The scenario's text in a code editor: coloured by the language's own lexer, with each problem of
 * the last check underlined at its column and its message shown when the mouse rests on it. The
 * text is kept equal to the editor view-model's, both ways; the marks follow the user's edits until
 * the next check (which runs in the background) replaces them.
 */
final class ScenarioCodeArea extends CodeArea {
    private final EditorViewModel editor;
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private List<SyntaxSpans.Span> syntax = List.of();
    private List<CodeStyling.Mark> marks = List.of();
    /** Set while the view-model's text is copied in, so that the copy is not sent back. */
    private boolean copyingIn;

    ScenarioCodeArea(EditorViewModel editor) {
        this.editor = editor;
        setParagraphGraphicFactory(LineNumberFactory.get(this));
        setWrapText(false);
        replaceText(editor.textProperty().get());
        getUndoManager().forgetHistory();
        moveTo(0);
        plainTextChanges().subscribe(change -> {
            marks = CodeStyling.shift(marks, change.getPosition(), change.getRemoved().length(),
                    change.getInserted().length());
            if (!copyingIn) {
                editor.textProperty().set(getText());
            }
            restyle();
        });
        editor.textProperty().addListener((obs, was, is) -> copyIn(is));
        editor.diagnostics().addListener((javafx.collections.ListChangeListener<DiagnosticRow>) c -> remark());

        hoverText.getStyleClass().add(PanelStyles.EDITOR_HOVER);
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(520);
        hover.getContent().add(hoverText);
        setMouseOverTextDelay(Duration.ofMillis(350));
        addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e ->
                CodeStyling.messageAt(marks, e.getCharacterIndex()).ifPresent(message -> {
                    hoverText.setText(message);
                    hover.show(this, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 14);
                }));
        addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        restyle();
        remark();
    }

    /** The problems marked in the text now (tests). */
    List<CodeStyling.Mark> marks() {
        return marks;
    }

    /** The message shown when the mouse rests on character {@code index}, if any (tests). */
    java.util.Optional<String> hoverMessageAt(int index) {
        return CodeStyling.messageAt(marks, index);
    }

    /**
     * Copies in a text the view-model set (a file opened, a proc patched in), replacing only what
     * changed so that the caret and the undo history stay meaningful; a wholly new text starts a
     * new history.
     */
    private void copyIn(String text) {
        String current = getText();
        if (text.equals(current)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(text.length(), current.length());
        while (prefix < max && text.charAt(prefix) == current.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && text.charAt(text.length() - 1 - suffix) == current.charAt(current.length() - 1 - suffix)) {
            suffix++;
        }
        copyingIn = true;
        try {
            replaceText(prefix, current.length() - suffix, text.substring(prefix, text.length() - suffix));
        } finally {
            copyingIn = false;
        }
        if (prefix == 0 && suffix == 0) {
            getUndoManager().forgetHistory();
            moveTo(0); // another file: read it from the top
            requestFollowCaret();
        }
    }

    /** The diagnostics changed: they belong to the text as it is now (a stale check is dropped). */
    private void remark() {
        marks = CodeStyling.marks(getText(), syntax, editor.diagnostics());
        restyle();
    }

    private void restyle() {
        String text = getText();
        syntax = SyntaxSpans.of(text);
        if (text.isEmpty()) {
            return; // nothing to style, and a style-span list may not be empty
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (CodeStyling.Run run : CodeStyling.runs(text.length(), syntax, marks)) {
            spans.add(run.classes(), run.length());
        }
        StyleSpans<Collection<String>> built = spans.create();
        if (built.length() == getLength()) {
            setStyleSpans(0, built);
        }
    }
}
