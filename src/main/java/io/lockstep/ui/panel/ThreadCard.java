package io.lockstep.ui.panel;

import io.lockstep.ui.vm.ThreadSnapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One thread in the threads panel: its number key, label and state, the statement it runs next
 * and its call stack ({@code function  file.c:function}, innermost first), with the why of the
 * innermost frame's proc under it (every frame's on hover). Clicking it makes the
 * thread take its next step; the card flashes when its thread took the step on screen. A frame of a
 * kernel model's proc offers "patch": a copy of that proc in the scenario, to edit.
 */
final class ThreadCard extends StackPane {
    /** What the frames of a stack offer: patching a model's proc, editing a proc of the scenario. */
    interface ProcActions {
        /** "patch" for a bundled model's proc, "edit" for one of the edited scenario, null for none. */
        String actionFor(String procName);

        void run(String procName);

        /** What the proc is for: its name, citation and why, for a frame's tooltip; null for none. */
        default String whyFor(String procName) {
            return null;
        }

        /** The proc's own why alone, shown under the innermost frame; null for none. */
        default String whyOf(String procName) {
            return null;
        }
    }

    private final Label key = new Label();
    private final Label name = new Label();
    private final Label state = new Label();
    private final Label next = new Label();
    private final VBox stack = new VBox();
    private final Region flash = new Region();
    private final FadeTransition fade = new FadeTransition(Duration.millis(700), flash);
    private final Tooltip tip = new Tooltip();

    private final ProcActions procActions;

    ThreadCard(int number, Runnable onClick, ProcActions procActions) {
        this.procActions = procActions;
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
            List<javafx.scene.Node> rows = new ArrayList<>();
            for (String frame : t.stack()) {
                rows.add(frameRow(frame));
                if (rows.size() == 1) {
                    // The innermost frame is where the thread is: its why is shown, the outer ones' on hover.
                    String proc = procOf(frame);
                    String why = proc == null ? null : procActions.whyOf(proc);
                    if (why != null) {
                        Label explain = new Label(why);
                        explain.getStyleClass().add(PanelStyles.THREAD_WHY);
                        explain.setWrapText(true);
                        explain.setMinWidth(0);
                        rows.add(explain);
                    }
                }
            }
            stack.getChildren().setAll(rows);
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

    /**
     * "register_new_memory(b=4) @ drivers/base/memory.c:register_new_memory" as function, then where; with
     * a "patch" (or "edit") button and context menu when the frame is a proc that can be patched.
     */
    private javafx.scene.Node frameRow(String frame) {
        int at = frame.indexOf(" @ ");
        Label l = new Label(at < 0 ? frame : frame.substring(0, at) + "   " + frame.substring(at + 3));
        l.setMinWidth(0);
        String proc = procOf(frame);
        String why = proc == null ? null : procActions.whyFor(proc);
        if (why != null) {
            Tooltip explain = new Tooltip(why);
            explain.setWrapText(true);
            explain.setMaxWidth(520);
            l.setTooltip(explain); // where the code is: what the kernel does in this frame, and why
        }
        String action = proc == null ? null : procActions.actionFor(proc);
        if (action == null) {
            return l;
        }
        String what = action.equals("patch") ? "Patch this proc: copy " + proc + " into the scenario as a redefinition to edit"
                : "Edit this proc: the scenario already redefines " + proc;
        Button button = new Button(action);
        button.getStyleClass().add(PanelStyles.FRAME_ACTION);
        button.setId("patch-" + proc);
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE); // the function's name gives way, not the button
        button.setTooltip(new Tooltip(what));
        button.setOnAction(e -> procActions.run(proc));
        // The card steps its thread on a click; a click on the button is the button's alone.
        button.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        MenuItem item = new MenuItem(what);
        item.setOnAction(e -> procActions.run(proc));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, l, spacer, button);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(PanelStyles.THREAD_FRAME);
        ContextMenu menu = new ContextMenu(item);
        row.setOnContextMenuRequested(e -> {
            menu.show(row, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return row;
    }

    /** The proc of a frame "online_pages(b=4) @ mm/memory_hotplug.c:online_pages"; null for a frame without " @ ". */
    private static String procOf(String frame) {
        int at = frame.indexOf(" @ ");
        String function = at < 0 ? null : frame.substring(0, at); // online_pages(b=4)
        return function == null ? null : function.contains("(") ? function.substring(0, function.indexOf('(')) : function;
    }

    /** Fades a highlight over the card: this thread took the step now on screen. */
    void flash() {
        fade.playFromStart();
    }
}
