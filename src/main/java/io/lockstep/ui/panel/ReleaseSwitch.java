package io.lockstep.ui.panel;

import io.lockstep.ui.vm.SessionViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;
import org.controlsfx.control.SegmentedButton;

/**
 * v4.0 | v4.18 | v4.20 | v6.14: runs the same threads under another release's kernel model. The
 * selected button always shows the release of the run on screen, so a switch that fails (a release
 * without an entry point the threads call) springs back.
 */
public final class ReleaseSwitch extends HBox {
    private final SegmentedButton buttons = new SegmentedButton();
    private boolean syncing;

    public ReleaseSwitch(SessionViewModel session) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label("Kernel");
        label.getStyleClass().add(PanelStyles.HINT);
        label.setMinWidth(USE_PREF_SIZE);
        setMinWidth(USE_PREF_SIZE);
        for (String r : session.releases()) {
            ToggleButton b = new ToggleButton(r);
            b.setId("release-" + r.replace('.', '-'));
            b.setFocusTraversable(false);
            b.setMinWidth(USE_PREF_SIZE);
            b.setTooltip(new Tooltip("Run the same threads under the " + r + " kernel model"));
            b.selectedProperty().addListener((obs, was, is) -> {
                if (is && !syncing) {
                    session.switchRelease(r);
                }
            });
            buttons.getButtons().add(b);
        }
        session.releaseProperty().addListener((obs, was, is) -> select(is));
        // Clicking the selected release again would leave none selected: keep showing the one on screen.
        buttons.getToggleGroup().selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null && !syncing) {
                select(session.releaseProperty().get());
            }
        });
        disableProperty().bind(session.releaseSwitchableProperty().not());
        select(session.releaseProperty().get());
        getChildren().addAll(label, buttons);
        Tooltip.install(this, new Tooltip("Switch the kernel release: the run restarts and the verdicts are checked again"));
    }

    private void select(String release) {
        syncing = true;
        try {
            for (ToggleButton b : buttons.getButtons()) {
                b.setSelected(b.getText().equals(release));
            }
        } finally {
            syncing = false;
        }
    }
}
