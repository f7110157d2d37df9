package io.lockstep.ui;

import io.lockstep.ui.panel.PanelStyles;
import io.lockstep.ui.vm.LockingRules;
import io.lockstep.ui.vm.SessionViewModel;
import io.lockstep.ui.vm.StepView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Help ▸ Locking rules: the documented rules of the release on screen, each lit up when the shown
 * step follows it (green, a solid border and a "✔ followed" badge) or breaks it (red, a dashed
 * border and a "✘ broken" badge: told apart by more than colour), from the models' rule checks at
 * that step.
 */
final class RulesWindow {
    private static final PseudoClass FOLLOWED = PseudoClass.getPseudoClass("followed");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    private final Stage owner;
    private final SessionViewModel session;
    private final List<Label> rows = new ArrayList<>();
    private final List<LockingRules.Rule> rules = new ArrayList<>();
    private final Label caption = new Label();
    private final VBox list = new VBox(8);
    private Stage stage;
    private String release;

    RulesWindow(Stage owner, SessionViewModel session) {
        this.owner = owner;
        this.session = session;
        session.run().currentProperty().addListener((obs, was, is) -> refresh());
    }

    void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Locking rules — Lockstep");
            caption.getStyleClass().add(PanelStyles.HINT);
            caption.setWrapText(true);
            VBox root = new VBox(10, caption, list);
            root.setPadding(new Insets(12));
            root.getStyleClass().add("lk-window");
            ScrollPane scroll = new ScrollPane(root);
            scroll.setFitToWidth(true); // the rules wrap to the window's width instead of running off it
            Scene scene = new Scene(scroll, 620, 560);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.setScene(scene);
        }
        release = null;
        refresh();
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    /** The rule rows, in order (tests). */
    List<Label> rows() {
        return rows;
    }

    private void refresh() {
        StepView v = session.run().currentProperty().get();
        if (stage == null || v == null) {
            return;
        }
        String now = v.trace().program().scenario().release();
        if (!java.util.Objects.equals(now, release)) {
            release = now;
            rebuild(LockingRules.of(now));
        }
        int lit = 0;
        for (int i = 0; i < rows.size(); i++) {
            LockingRules.Standing s = LockingRules.standing(v.trace(), v.step(), rules.get(i));
            Label row = rows.get(i);
            row.pseudoClassStateChanged(FOLLOWED, s == LockingRules.Standing.FOLLOWED);
            row.pseudoClassStateChanged(BROKEN, s == LockingRules.Standing.BROKEN);
            row.setGraphic(s == null ? null : badge(s));
            lit += s == null ? 0 : 1;
        }
        caption.setText("Step " + v.step() + (lit == 0 ? ": no rule is checked at this step."
                : ": \u2714 followed, a rule this step follows; \u2718 broken, one it breaks (the models check them"
                        + " with assert_held ... rule)."));
    }

    /** The badge of a lit rule (tests read its text). */
    private static Label badge(LockingRules.Standing s) {
        Label badge = new Label(s.badge);
        badge.getStyleClass().addAll("lk-rule-badge", s == LockingRules.Standing.BROKEN ? "lk-rule-broken" : "lk-rule-followed");
        return badge;
    }

    private void rebuild(Map<String, List<LockingRules.Rule>> groups) {
        list.getChildren().clear();
        rows.clear();
        rules.clear();
        groups.forEach((title, group) -> {
            Label heading = new Label(title);
            heading.getStyleClass().add(PanelStyles.SECTION_TITLE);
            list.getChildren().add(heading);
            for (LockingRules.Rule r : group) {
                Label row = new Label(r.text() + "\n" + r.source() + (r.checkWords().isEmpty() ? " · not checked" : ""));
                row.setWrapText(true);
                row.setContentDisplay(javafx.scene.control.ContentDisplay.TOP); // the badge above the rule's text
                row.getStyleClass().add("lk-rule");
                rows.add(row);
                rules.add(r);
                list.getChildren().add(row);
            }
        });
    }
}
