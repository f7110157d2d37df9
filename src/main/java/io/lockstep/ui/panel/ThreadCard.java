package io.lockstep.ui.panel;

import io.lockstep.ui.vm.ThreadSnapshot;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One thread in the threads panel: its number key, label and state, the statement it runs next
 * and its call stack ({@code function  file.c:function}, innermost first). Clicking it makes the
 * thread take its next step; the card flashes when its thread took the step on screen.
 */
final class ThreadCard extends StackPane {
    private final Label key = new Label();
    private final Label name = new Label();
    private final Label state = new Label();
    private final Label next = new Label();
    private final VBox stack = new VBox();
    private final Region flash = new Region();
    private final FadeTransition fade = new FadeTransition(Duration.millis(700), flash);
    private final Tooltip tip = new Tooltip();

    ThreadCard(int number, Runnable onClick) {
        getStyleClass().addAll(PanelStyles.THREAD_CARD, ThreadColors.styleClass(number));
        key.getStyleClass().add(PanelStyles.THREAD_KEY);
        key.setText(number < 9 ? String.valueOf(number + 1) : "·");
        name.getStyleClass().add(PanelStyles.THREAD_LABEL);
        state.getStyleClass().add(PanelStyles.THREAD_STATE);
        state.setWrapText(true);
        next.getStyleClass().add(PanelStyles.THREAD_NEXT);
        next.setWrapText(true);
        stack.getStyleClass().add(PanelStyles.THREAD_STACK);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, key, name, spacer);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(3, top, state, next, stack);
        flash.getStyleClass().add(PanelStyles.THREAD_FLASH);
        flash.setOpacity(0);
        flash.setMouseTransparent(true);
        fade.setFromValue(0.85);
        fade.setToValue(0);
        getChildren().addAll(flash, body);
        setOnMouseClicked(e -> onClick.run());
        Tooltip.install(this, tip);
    }

    void show(ThreadSnapshot t, boolean isNext) {
        name.setText(t.label());
        state.setText(t.stateText());
        next.setText(t.nextStatement() == null ? "" : "next: " + t.nextStatement());
        next.setVisible(t.nextStatement() != null);
        next.setManaged(t.nextStatement() != null);
        if (!stack.getChildren().isEmpty() || !t.stack().isEmpty()) {
            stack.getChildren().setAll(t.stack().stream().map(ThreadCard::frameLabel).toList());
        }
        PanelStyles.setOnly(this, switch (t.status()) {
            case RUNNABLE -> PanelStyles.RUNNABLE;
            case BLOCKED -> PanelStyles.BLOCKED;
            case SLEEPING -> PanelStyles.SLEEPING;
            case DONE -> PanelStyles.DONE;
            case STOPPED -> PanelStyles.STOPPED;
        }, PanelStyles.RUNNABLE, PanelStyles.BLOCKED, PanelStyles.SLEEPING, PanelStyles.DONE, PanelStyles.STOPPED);
        pseudoClassStateChanged(PanelStyles.NEXT, isNext);
        String keyHint = t.number() < 9 ? " (or press " + (t.number() + 1) + ")" : "";
        tip.setText(t.canStep() ? "Click" + keyHint + " to make \"" + t.label() + "\" take its next step"
                : "\"" + t.label() + "\" cannot step: " + t.stateText());
    }

    /** "register_new_memory @ drivers/base/memory.c:register_new_memory" as function, then where. */
    private static Label frameLabel(String frame) {
        int at = frame.indexOf(" @ ");
        Label l = new Label(at < 0 ? frame : frame.substring(0, at) + "   " + frame.substring(at + 3));
        l.setMinWidth(0);
        return l;
    }

    /** Fades a highlight over the card: this thread took the step now on screen. */
    void flash() {
        fade.playFromStart();
    }
}
