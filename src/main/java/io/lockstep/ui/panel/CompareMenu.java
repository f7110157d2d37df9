package io.lockstep.ui.panel;

import io.lockstep.lang.Releases;
import io.lockstep.model.Scenario;
import io.lockstep.model.Switch;
import io.lockstep.ui.compare.WindowComparison;
import io.lockstep.ui.vm.ModelVariant;
import io.lockstep.ui.vm.SessionViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/**
 * "Compare…": the run on screen next to the same threads under another model, in a window of
 * its own. It offers the other releases and, for the model on screen, each of its switches turned
 * the other way, and all of the series' patches at once when the model carries them. The items
 * are made when the menu opens, from the model on screen then.
 */
public final class CompareMenu extends MenuButton {
    private final SessionViewModel session;

    public CompareMenu(SessionViewModel session) {
        super("Compare…");
        this.session = session;
        setId("compare-menu");
        setFocusTraversable(false);
        setMinWidth(USE_PREF_SIZE);
        setTooltip(new Tooltip("The same run under another model, side by side: what a release or a patch changes"));
        setOnShowing(e -> getItems().setAll(items()));
        getItems().setAll(items()); // so that the menu has its items before it is first opened (keys, tests)
    }

    /** The choices for the model on screen now (each a variant of it, described for people). */
    public static Map<String, ModelVariant> choices(Scenario scenario) {
        Map<String, ModelVariant> out = new LinkedHashMap<>();
        if (scenario == null || scenario.release() == null) {
            return out;
        }
        for (String release : Releases.BUNDLED) {
            if (!release.equals(scenario.release())) {
                out.put(release, new ModelVariant(release, Map.of()));
            }
        }
        for (Switch s : scenario.switches().values()) {
            out.put(scenario.release() + " with " + s.name() + " " + (s.on() ? "off" : "on"),
                    new ModelVariant(scenario.release(), Map.of(s.name(), !s.on())));
        }
        List<String> patches = List.of("patch1", "patch2", "patch3", "patch4", "patch5");
        if (scenario.switches().keySet().containsAll(patches)) {
            Map<String, Boolean> all = new LinkedHashMap<>();
            patches.forEach(p -> all.put(p, true));
            out.put(scenario.release() + " with patches 1–5 on", new ModelVariant(scenario.release(), all));
        }
        return out;
    }

    private List<MenuItem> items() {
        Scenario scenario = session.run().program() == null ? null : session.run().program().scenario();
        Map<String, ModelVariant> choices = choices(scenario);
        if (choices.isEmpty()) {
            MenuItem none = new MenuItem("(the scenario uses no kernel model)");
            none.setDisable(true);
            return List.of(none);
        }
        List<MenuItem> items = new java.util.ArrayList<>();
        boolean releases = true;
        for (Map.Entry<String, ModelVariant> c : choices.entrySet()) {
            boolean isRelease = c.getValue().switches().isEmpty();
            if (releases && !isRelease) {
                items.add(new SeparatorMenuItem());
                releases = false;
            }
            MenuItem item = new MenuItem(c.getKey());
            item.setId("compare-with-" + c.getKey().replaceAll("[^A-Za-z0-9.]+", "-"));
            item.setOnAction(e -> WindowComparison.open(getScene().getWindow(), session, c.getValue()));
            items.add(item);
        }
        return items;
    }
}
