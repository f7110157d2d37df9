package io.lockstep.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** A tour that does not check: its errors, each with its line and a caret, in a monospaced dialog. */
final class TourErrors {
    private TourErrors() {}

    static void show(Window owner, String report) {
        TextArea text = new TextArea(report);
        text.setEditable(false);
        text.setId("tour-errors");
        text.setStyle("-fx-font-family: 'Monospaced';");
        text.setPrefColumnCount(90);
        text.setPrefRowCount(Math.min(20, (int) report.lines().count() + 1));
        Alert a = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        a.setHeaderText("This tour has errors, so it does not play");
        a.getDialogPane().setContent(text);
        a.initOwner(owner);
        a.show(); // not showAndWait: a test (or a speaker) can read it while the window goes on
    }
}
