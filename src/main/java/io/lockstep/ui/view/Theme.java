package io.lockstep.ui.view;

import javafx.scene.Scene;

/**
 * The style sheets of the window. Colours are looked-up CSS variables in one file so that each
 * {@link ColorTheme} is one file of overrides and presentation (big fonts) is another; the
 * canvases follow them through {@link Palette}.
 */
public final class Theme {
    private Theme() {}

    public static void apply(Scene scene, boolean presentation) {
        apply(scene, presentation, ColorTheme.LIGHT);
    }

    /**
     * Sets the scene's style sheets: the base theme, then {@code panelSheets} (resource paths of
     * the panels' own sheets), then presentation, then the palette last so that its rules win.
     */
    public static void apply(Scene scene, boolean presentation, ColorTheme palette, String... panelSheets) {
        scene.getStylesheets().setAll(sheet("lockstep.css"));
        for (String s : panelSheets) {
            scene.getStylesheets().add(Theme.class.getResource(s).toExternalForm());
        }
        if (presentation) {
            scene.getStylesheets().add(sheet("presentation.css"));
        }
        if (palette.sheet != null) {
            scene.getStylesheets().add(sheet(palette.sheet));
        }
    }

    /** The palette a scene wears (what a window opened from it, such as the compare view, takes over). */
    public static ColorTheme paletteOf(Scene scene) {
        for (ColorTheme t : ColorTheme.values()) {
            if (t.sheet != null && scene.getStylesheets().contains(sheet(t.sheet))) {
                return t;
            }
        }
        return ColorTheme.LIGHT;
    }

    private static String sheet(String name) {
        return Theme.class.getResource("/io/lockstep/ui/" + name).toExternalForm();
    }
}
