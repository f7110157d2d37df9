package io.lockstep.ui.panel;

import io.lockstep.event.Finding;
import io.lockstep.ui.vm.Badge;
import io.lockstep.ui.vm.ExpectRow;
import io.lockstep.ui.vm.VerdictsViewModel;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.ScaleTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The verdict badges, one per kind of finding, each a button that finds the shortest schedule
 * showing that kind and loads it to replay ("Find a deadlock"); under them, each {@code expect}
 * line of the scenario and whether it holds. A badge pulses when the run on screen reaches the
 * step that shows its finding.
 */
public final class VerdictBar extends VBox {
    private final HBox badgeRow = new HBox(8);
    private final FlowPane expectRow = new FlowPane(12, 4);
    private final Map<Finding.Kind, Button> buttons = new EnumMap<>(Finding.Kind.class);
    private final Map<Finding.Kind, Boolean> wasInRun = new EnumMap<>(Finding.Kind.class);
    private final Consumer<Finding.Kind> find;
    private final Label findLabel = new Label("Find a");

    public VerdictBar(VerdictsViewModel verdicts) {
        this.find = verdicts::find;
        getStyleClass().add(PanelStyles.VERDICT_BAR);
        findLabel.getStyleClass().add(PanelStyles.SECTION_TITLE);
        findLabel.setTooltip(new Tooltip("Each badge says whether some interleaving shows that kind of finding;"
                + " click one to load the shortest schedule that does."));
        badgeRow.setAlignment(Pos.CENTER_LEFT);
        Label expectLabel = new Label("Expected:");
        expectLabel.getStyleClass().add(PanelStyles.HINT);
        expectRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(badgeRow, expectRow);
        verdicts.badges().addListener((javafx.collections.ListChangeListener<Badge>) c -> showBadges(verdicts));
        verdicts.expectations().addListener((javafx.collections.ListChangeListener<ExpectRow>) c -> {
            String writtenFor = verdicts.expectsWrittenFor();
            expectLabel.setText(writtenFor == null ? "Expected:"
                    : "Expected, written for " + writtenFor + " (under " + verdicts.modelLabel() + "):");
            expectRow.getChildren().setAll(expectLabel);
            verdicts.expectations().forEach(r -> expectRow.getChildren().add(expectChip(r)));
        });
        showBadges(verdicts);
    }

    private void showBadges(VerdictsViewModel verdicts) {
        java.util.List<javafx.scene.Node> row = new java.util.ArrayList<>();
        row.add(findLabel);
        for (Badge b : verdicts.badges()) {
            Button button = buttons.computeIfAbsent(b.kind(), this::newBadge);
            show(button, b);
            row.add(button);
        }
        badgeRow.getChildren().setAll(row);
    }

    private Button newBadge(Finding.Kind kind) {
        Button b = new Button();
        b.getStyleClass().addAll(PanelStyles.BADGE,
                PanelStyles.BADGE + "-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        b.setId("find-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        b.setFocusTraversable(false);
        b.setOnAction(e -> find.accept(kind));
        Label title = new Label();
        title.getStyleClass().add(PanelStyles.BADGE_TITLE);
        Label status = new Label();
        status.getStyleClass().add(PanelStyles.BADGE_STATUS);
        VBox text = new VBox(0, title, status);
        text.setAlignment(Pos.CENTER_LEFT);
        b.setGraphic(text);
        b.setTooltip(new Tooltip());
        return b;
    }

    private void show(Button button, Badge b) {
        VBox text = (VBox) button.getGraphic();
        ((Label) text.getChildren().get(0)).setText(b.title());
        ((Label) text.getChildren().get(1)).setText(b.statusText());
        button.setAccessibleText(b.title() + ": " + b.statusText()); // screen readers, and tests
        PanelStyles.setOnly(button, switch (b.status()) {
            case FOUND -> PanelStyles.FOUND;
            case NOT_FOUND -> PanelStyles.NOT_FOUND;
            case CHECKING -> PanelStyles.CHECKING;
            case NOT_CHECKED -> PanelStyles.NOT_CHECKED;
        }, PanelStyles.FOUND, PanelStyles.NOT_FOUND, PanelStyles.CHECKING, PanelStyles.NOT_CHECKED);
        button.pseudoClassStateChanged(PanelStyles.IN_RUN, b.seenInRun());
        button.getTooltip().setText(switch (b.status()) {
            case FOUND -> "Some interleaving shows a " + b.kind().words + ": " + b.summary()
                    + "\nClick to load the shortest such schedule (" + b.steps() + " steps) and replay it.";
            case NOT_FOUND -> "No interleaving shows a " + b.kind().words + ": every one was explored.";
            case CHECKING -> "Exploring every interleaving; click to load a " + b.kind().words + " as soon as one is found.";
            case NOT_CHECKED -> "The exploration did not finish; click to explore again.";
        });
        if (b.seenInRun() && !wasInRun.getOrDefault(b.kind(), false)) {
            pulse(button);
        }
        wasInRun.put(b.kind(), b.seenInRun());
    }

    private static void pulse(Button button) {
        ScaleTransition grow = new ScaleTransition(Duration.millis(160), button);
        grow.setToX(1.12);
        grow.setToY(1.12);
        grow.setAutoReverse(true);
        grow.setCycleCount(4);
        grow.setOnFinished(e -> {
            button.setScaleX(1);
            button.setScaleY(1);
        });
        grow.play();
    }

    private static Label expectChip(ExpectRow r) {
        boolean foreign = r.writtenFor() != null;
        String mark = switch (r.status()) {
            case HOLDS -> "✔ ";
            case FAILS -> foreign ? "≠ " : "✘ "; // another model differs from the one the line speaks of
            case CHECKING -> "… ";
            case UNSETTLED -> "? ";
        };
        Label l = new Label(mark + r.text());
        l.getStyleClass().add(PanelStyles.EXPECT);
        l.pseudoClassStateChanged(PanelStyles.HOLDS, r.status() == ExpectRow.Status.HOLDS);
        l.pseudoClassStateChanged(PanelStyles.FAILS, r.status() == ExpectRow.Status.FAILS && !foreign);
        l.pseudoClassStateChanged(PanelStyles.FOREIGN, foreign && r.status() == ExpectRow.Status.FAILS);
        l.setTooltip(new Tooltip(foreign
                ? r.text() + ": written for " + r.writtenFor() + "; under this model it "
                        + (r.status() == ExpectRow.Status.FAILS ? "does not hold - the models differ here" : r.status().words)
                : r.text() + ": " + r.status().words));
        return l;
    }
}
