package io.lockstep.ui.view;

import javafx.scene.Scene;

/**
 * The style sheets of the window. Colours are looked-up CSS variables in one file so that a
 * presentation theme (big fonts, high contrast) and a colour-blind-safe palette are a file each.
 */
public final class Theme {
    private Theme() {}

    public static void apply(Scene scene, boolean presentation) {
        scene.getStylesheets().setAll(Theme.class.getResource("/io/lockstep/ui/lockstep.css").toExternalForm());
        if (presentation) {
            scene.getStylesheets().add(Theme.class.getResource("/io/lockstep/ui/presentation.css").toExternalForm());
        }
    }
}
