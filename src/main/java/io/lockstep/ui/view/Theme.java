package io.lockstep.ui.view;

import javafx.scene.Scene;

/**
 * The style sheets of the window. Colours are looked-up CSS variables in one file so that a
 * presentation theme (big fonts, high contrast) and a colour-blind-safe palette are a file each;
 * the canvases follow them through {@link Palette}.
 */
public final class Theme {
    private Theme() {}

    public static void apply(Scene scene, boolean presentation) {
        apply(scene, presentation, false);
    }

    /** Sets the scene's style sheets: the base theme, then presentation, then the colour-blind palette. */
    public static void apply(Scene scene, boolean presentation, boolean colorBlind) {
        scene.getStylesheets().setAll(sheet("lockstep.css"));
        if (presentation) {
            scene.getStylesheets().add(sheet("presentation.css"));
        }
        if (colorBlind) {
            scene.getStylesheets().add(sheet("colorblind.css"));
        }
    }

    private static String sheet(String name) {
        return Theme.class.getResource("/io/lockstep/ui/" + name).toExternalForm();
    }
}
