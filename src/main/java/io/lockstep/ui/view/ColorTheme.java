package io.lockstep.ui.view;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The palettes of the window, each one style sheet of looked-up colours (and the few rules a palette
 * must change) laid over {@code lockstep.css}: the light default, a dark one, a high-contrast one for
 * projectors, and a colour-blind-safe one where threads and verdicts are also told apart by dash,
 * width or label. Orthogonal to the presentation sheet, which only makes things bigger.
 */
public enum ColorTheme {
    LIGHT("light", null),
    DARK("dark", "dark.css"),
    HIGH_CONTRAST("high-contrast", "high-contrast.css"),
    COLORBLIND("colorblind", "colorblind.css");

    /** The name on the command line ({@code --theme NAME}) and in the menu. */
    public final String id;
    /** The overlay's file name beside lockstep.css, or null for the default. */
    public final String sheet;

    ColorTheme(String id, String sheet) {
        this.id = id;
        this.sheet = sheet;
    }

    public static Optional<ColorTheme> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.id.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(t -> t.id).toList();
    }

    /** The theme after this one, round (what the theme key steps through). */
    public ColorTheme next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
