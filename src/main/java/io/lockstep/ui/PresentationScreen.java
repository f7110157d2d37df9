package io.lockstep.ui;

import io.lockstep.ui.stage.StageLayout;
import io.lockstep.ui.view.TraceView;
import io.lockstep.ui.vm.SessionViewModel;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * What the scene shows: the window, or presentation mode's stage in its place, with the blank
 * screen over either (a presenter clicker's blank key). The stage is made the first time it is
 * wanted; it shows the same session, so the run, its step and the theme carry over both ways.
 */
final class PresentationScreen {
    private final SessionViewModel session;
    private final Region windowRoot;
    private final Region blank = new Region();
    private final StackPane screen;
    private StageLayout stageLayout;
    private boolean presenting;

    PresentationScreen(SessionViewModel session, Region windowRoot) {
        this.session = session;
        this.windowRoot = windowRoot;
        blank.setId("blank-screen");
        blank.setStyle("-fx-background-color: black;");
        blank.setVisible(false);
        screen = new StackPane(windowRoot, blank);
    }

    /** The scene's root. */
    StackPane node() {
        return screen;
    }

    /** Swaps the window and the stage; returns the views the frame loop feeds from now on. */
    List<TraceView> toggle(List<TraceView> windowViews) {
        presenting = !presenting;
        if (presenting && stageLayout == null) {
            stageLayout = new StageLayout(session);
            stageLayout.views().forEach(v -> v.setOnJump(step -> session.run().seek(step)));
        }
        screen.getChildren().set(0, presenting ? stageLayout : windowRoot);
        screen.requestFocus();
        return presenting ? stageLayout.views() : windowViews;
    }

    boolean presenting() {
        return presenting;
    }

    /** The stage, once presentation mode has been on (tests). */
    StageLayout stageLayout() {
        return stageLayout;
    }

    /** B or '.': the screen goes black (again: it comes back), for a pause in a talk. */
    void toggleBlank() {
        blank.setVisible(!blank.isVisible());
    }

    boolean blanked() {
        return blank.isVisible();
    }

    /** L on the stage: the laser-pointer dot. */
    void toggleLaser() {
        if (presenting) {
            stageLayout.toggleLaser();
        }
    }
}
