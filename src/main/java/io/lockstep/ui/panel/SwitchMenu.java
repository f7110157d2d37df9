package io.lockstep.ui.panel;

import io.lockstep.ui.vm.SessionViewModel;
import io.lockstep.ui.vm.SwitchRow;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/**
 * The model's switches (the series' patches in v4.18, the 30467e0b3be fix in v4.0, ...): one check
 * item each, named by its description; turning one on or off re-runs the same schedule under the
 * changed model and keeps the user's place. The last item opens the matrix of every combination.
 */
public final class SwitchMenu extends MenuButton {
    private final SessionViewModel session;
    private final Runnable showMatrix;
    private boolean syncing;

    public SwitchMenu(SessionViewModel session, Runnable showMatrix) {
        super("Patches");
        this.session = session;
        this.showMatrix = showMatrix;
        setId("switch-menu");
        setFocusTraversable(false);
        setMinWidth(USE_PREF_SIZE);
        setTooltip(new Tooltip("The switches of the kernel model: apply a patch of the series (or a fix) and"
                + " watch the same schedule under it"));
        session.switches().addListener((ListChangeListener<SwitchRow>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        syncing = true;
        try {
            getItems().clear();
            long on = session.switches().stream().filter(SwitchRow::on).count();
            setText(session.switches().isEmpty() ? "Patches" : "Patches (" + on + " of " + session.switches().size() + " on)");
            setDisable(session.switches().isEmpty());
            for (SwitchRow row : session.switches()) {
                CheckMenuItem item = new CheckMenuItem(row.name() + ": " + row.description()
                        + (row.on() == row.defaultOn() ? "" : "   (default " + (row.defaultOn() ? "on" : "off") + ")"));
                item.setId("switch-" + row.name());
                item.setSelected(row.on());
                item.selectedProperty().addListener((obs, was, is) -> {
                    if (!syncing) {
                        session.setSwitch(row.name(), is);
                    }
                });
                getItems().add(item);
            }
            if (!session.switches().isEmpty()) {
                MenuItem matrix = new MenuItem("Every combination (matrix)…");
                matrix.setId("switch-matrix");
                matrix.setOnAction(e -> showMatrix.run());
                getItems().addAll(new SeparatorMenuItem(), matrix);
            }
        } finally {
            syncing = false;
        }
    }
}
