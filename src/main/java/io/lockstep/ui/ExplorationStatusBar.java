package io.lockstep.ui;

import io.lockstep.ui.vm.SessionViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/**
 * The bottom line: the latest message on the left; on the right, while every interleaving is being
 * explored, how far it has got with a progress bar and a Cancel button.
 */
final class ExplorationStatusBar extends StatusBar {
    ExplorationStatusBar(SessionViewModel session) {
        setId("status-bar");
        textProperty().bind(session.statusProperty());
        Label progress = new Label();
        progress.textProperty().bind(session.verdicts().progressTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-exploration");
        cancel.setTooltip(new Tooltip("Stop exploring: the badges will say 'not checked'"));
        cancel.setOnAction(e -> session.verdicts().cancel());
        cancel.visibleProperty().bind(session.verdicts().exploringProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setFocusTraversable(false);
        getRightItems().addAll(progress, cancel);
        session.verdicts().exploringProperty().addListener((obs, was, is) -> setProgress(is ? -1 : 0));
    }
}
