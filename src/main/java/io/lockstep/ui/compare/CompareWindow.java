package io.lockstep.ui.compare;

import io.lockstep.ui.panel.PanelStyles;
import io.lockstep.ui.view.ColorTheme;
import io.lockstep.ui.view.Theme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The compare view in a window of its own, so the main window keeps its run. Space and → step both
 * panes, ← steps back, Home and End jump; closing the window cancels its explorations.
 */
public final class CompareWindow {
    private final Stage stage;
    private final CompareViewModel vm;
    private final CompareView view;

    /** Opens a new window (owned by {@code owner}, which may be null, in its palette) and starts the comparison. */
    public static CompareWindow open(Window owner, CompareRequest request, double width, double height) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        ColorTheme palette = owner != null && owner.getScene() != null ? Theme.paletteOf(owner.getScene()) : ColorTheme.LIGHT;
        CompareWindow w = new CompareWindow(stage, request, width, height, palette);
        if (owner != null && owner.getScene() != null) {
            w.followThemeOf(owner.getScene());
        }
        stage.show();
        return w;
    }

    /** Puts the compare view on {@code stage} (a new one, or the primary stage of a screenshot) and starts it. */
    public CompareWindow(Stage stage, CompareRequest request, double width, double height) {
        this(stage, request, width, height, ColorTheme.LIGHT);
    }

    /** The same, in {@code palette}. */
    public CompareWindow(Stage stage, CompareRequest request, double width, double height, ColorTheme palette) {
        this.stage = stage;
        this.vm = new CompareViewModel(request, Platform::runLater);
        this.view = new CompareView(vm);
        Scene scene = new Scene(view, width, height);
        Theme.apply(scene, false, palette, PanelStyles.STYLESHEET, CompareStyles.STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e.getCode())) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Compare: " + request.left().describe() + " and " + request.effectiveRight().describe()
                + " — Lockstep");
        stage.setOnHidden(e -> close());
        vm.start();
    }

    /**
     * F6 or the theme menu in the main window recolours this window too: a speaker who switches to
     * the projector palette mid-talk should not find the comparison still in the old one.
     */
    private void followThemeOf(Scene owner) {
        javafx.collections.ListChangeListener<String> follow = c -> {
            ColorTheme now = Theme.paletteOf(owner);
            if (now != Theme.paletteOf(scene())) {
                Theme.apply(scene(), false, now, PanelStyles.STYLESHEET, CompareStyles.STYLESHEET);
            }
        };
        owner.getStylesheets().addListener(follow);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> owner.getStylesheets().removeListener(follow));
    }

    private boolean handle(KeyCode code) {
        switch (code) {
            case SPACE, RIGHT, PAGE_DOWN -> vm.stepForward();
            case LEFT, PAGE_UP -> vm.stepBack();
            case HOME -> vm.home();
            case END -> vm.end();
            case ESCAPE -> stage.close();
            default -> {
                return false;
            }
        }
        return true;
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return stage.getScene();
    }

    public CompareViewModel viewModel() {
        return vm;
    }

    /** Stops the view's frame loop and the explorations. */
    public void close() {
        view.stop();
        vm.close();
    }
}
