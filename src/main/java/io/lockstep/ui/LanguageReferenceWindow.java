package io.lockstep.ui;

import io.lockstep.lang.LanguageReference;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ Language reference: the bundled reference, read-only, in a window of its own so that it can
 * stay open beside the editor. It is plain Markdown in a monospaced text area (the build has no
 * WebView), which keeps its tables aligned. One window per main window: asking again brings it forward.
 */
final class LanguageReferenceWindow {
    private final Window owner;
    private Stage stage;

    LanguageReferenceWindow(Window owner) {
        this.owner = owner;
    }

    /** Shows the reference; reading a small bundled resource is quick enough for the FX thread. */
    void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
    }

    /** The window, once it has been shown (tests). */
    Stage stage() {
        return stage;
    }

    private Stage build() {
        TextArea text = new TextArea(LanguageReference.text());
        text.setId("language-reference");
        text.setEditable(false);
        text.setWrapText(false);
        text.setStyle("-fx-font-family: monospace;");
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("The .lks language — Lockstep");
        s.setScene(new Scene(text, 900, 700));
        return s;
    }
}
