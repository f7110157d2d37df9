package io.lockstep.ui.vm;

import io.lockstep.lang.SwitchSettings;
import io.lockstep.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which kernel model the run on screen uses, for the header, the Kernel switch and the Patches menu:
 * the release, the switches with their values, and a plain sentence naming the model in force and,
 * when it is another one, the model the file was written for.
 */
public final class ModelOnScreen {
    private final ReadOnlyObjectWrapper<String> release = new ReadOnlyObjectWrapper<>(this, "release");
    private final ReadOnlyBooleanWrapper releaseSwitchable = new ReadOnlyBooleanWrapper(this, "releaseSwitchable");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ObservableList<SwitchRow> switches = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would drop its listeners when collected. */
    private final ObservableList<SwitchRow> switchesView = FXCollections.unmodifiableObservableList(switches);

    /** "v4.20", "v4.18 patch3=on": the release and the switches that differ from their defaults. */
    public static String modelOf(Scenario scenario) {
        String changes = SwitchSettings.describeChanges(scenario);
        String base = scenario.release() == null ? "this scenario's own locks" : scenario.release();
        return changes.equals("defaults") ? base : base + " " + changes;
    }

    /** The run on screen is now {@code scenario}, whose file was written for {@code writtenFor}. */
    void show(Scenario scenario, String writtenFor) {
        String under = modelOf(scenario);
        boolean foreign = !under.equals(writtenFor);
        text.set(scenario.release() == null && scenario.switches().isEmpty() ? ""
                : "kernel model " + under + (foreign ? " (the file is written for " + writtenFor + ")" : ""));
        release.set(scenario.release());
        releaseSwitchable.set(scenario.release() != null);
        showSwitches(scenario);
    }

    /** A change of model failed: the controls spring back to the run on screen ({@code onScreen} may be null). */
    void springBack(Scenario onScreen) {
        release.set(null); // the view resets its toggle to the release on screen
        release.set(onScreen == null ? null : onScreen.release());
        showSwitches(onScreen);
    }

    private void showSwitches(Scenario scenario) {
        List<SwitchRow> rows = new ArrayList<>();
        if (scenario != null) {
            scenario.switches().values().forEach(s -> rows.add(new SwitchRow(s.name(), s.description(), s.on(), s.defaultOn())));
        }
        switches.setAll(rows);
    }

    /** The release of the run on screen (null: the scenario uses none, the switch is off). */
    public ReadOnlyObjectProperty<String> releaseProperty() {
        return release.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty releaseSwitchableProperty() {
        return releaseSwitchable.getReadOnlyProperty();
    }

    /** "kernel model v4.20 (the file is written for v4.0)"; empty when the scenario uses no model. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The switches of the scenario and its model, with the values the run on screen uses. */
    public ObservableList<SwitchRow> switches() {
        return switchesView;
    }
}
