package io.lockstep.ui.view;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The theme's colours and fonts, for what is painted from code: the timeline's Canvas (which CSS
 * cannot style) and the memory map's cell fills (which fade between state colours). Each
 * colour is a hidden swatch region whose background is a looked-up CSS variable such as
 * {@code -lk-online}; CSS resolves it like any other node, so switching to the presentation or the
 * colour-blind style sheet changes what the code paints too, and {@link #setOnChange} says when.
 *
 * <p>A view adds its palette as an (invisible, unmanaged) child, so the variables resolve from the
 * view's own place in the scene.
 */
public final class Palette extends Region {
    public static final int THREAD_COLORS = 8;

    /** The colours painted from code, each with the CSS variable it comes from and a fallback before CSS runs. */
    public enum Swatch {
        SURFACE("-lk-surface", "#ffffff"), TEXT("-lk-text", "#1d2330"), MUTED("-lk-text-muted", "#5f6779"),
        GRID("-lk-grid", "#e2e6ee"), BAND("-lk-band", "#f3f5f9"),
        ABSENT("-lk-absent", "#e9ecf2"), OFFLINE("-lk-offline", "#8f9ab0"),
        GOING_OFFLINE("-lk-going-offline", "#f08c3a"), ONLINE("-lk-online", "#2f9e5f");

        final String variable;
        final Color fallback;

        Swatch(String variable, String fallback) {
            this.variable = variable;
            this.fallback = Color.web(fallback);
        }
    }

    private static final String[] THREAD_FALLBACK = {
        "#2f6fdb", "#8e44ad", "#0b7d87", "#c2307f", "#8a6a2f", "#4a7a14", "#4d6a80", "#6a4fd6"};

    private final Map<Swatch, Region> swatches = new EnumMap<>(Swatch.class);
    private final Region[] threadSwatches = new Region[THREAD_COLORS];
    private final Label font = probe(StyleClasses.CANVAS_FONT);
    private final Label small = probe(StyleClasses.CANVAS_FONT_SMALL);
    private final Label bold = probe(StyleClasses.CANVAS_FONT_BOLD);
    private Runnable onChange = () -> {};

    public Palette() {
        setManaged(false);
        setMouseTransparent(true);
        setOpacity(0);
        for (Swatch s : Swatch.values()) {
            swatches.put(s, swatch(s.variable));
        }
        for (int t = 0; t < THREAD_COLORS; t++) {
            threadSwatches[t] = swatch("-lk-thread-" + t);
        }
        getChildren().addAll(font, small, bold);
    }

    private Region swatch(String variable) {
        Region r = new Region();
        r.setStyle("-fx-background-color: " + variable + ";");
        r.backgroundProperty().addListener((obs, was, now) -> onChange.run());
        getChildren().add(r);
        return r;
    }

    private Label probe(String styleClass) {
        Label l = new Label("Mg");
        l.getStyleClass().add(styleClass);
        l.fontProperty().addListener((obs, was, now) -> onChange.run());
        return l;
    }

    /** Called (possibly many times in one CSS pass: coalesce) when a colour or font changed. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> {} : onChange;
    }

    public Color color(Swatch s) {
        return colorOf(swatches.get(s), s.fallback);
    }

    /** The colour of thread {@code t} (colours repeat after {@value #THREAD_COLORS} threads). */
    public Color thread(int t) {
        int k = Math.floorMod(t, THREAD_COLORS);
        return colorOf(threadSwatches[k], Color.web(THREAD_FALLBACK[k]));
    }

    public Font font() {
        return font.getFont();
    }

    public Font smallFont() {
        return small.getFont();
    }

    public Font boldFont() {
        return bold.getFont();
    }

    private static Color colorOf(Region swatch, Color fallback) {
        Background bg = swatch.getBackground();
        if (bg == null || bg.getFills().isEmpty()) {
            return fallback;
        }
        Paint p = bg.getFills().get(0).getFill();
        return p instanceof Color c ? c : fallback;
    }

    private static final Color INK = Color.web("#111111");

    /** Near-black or white, whichever has the higher WCAG contrast on {@code fill}. */
    public static Color textOn(Color fill) {
        double l = luminance(fill);
        return (l + 0.05) / (luminance(INK) + 0.05) >= 1.05 / (l + 0.05) ? INK : Color.WHITE;
    }

    /** WCAG 2 relative luminance (sRGB channels linearised). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double s) {
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
