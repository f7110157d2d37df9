package io.lockstep.ui.draw;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What SVG needs to know about a JavaFX font: where the baseline lies for a canvas's text
 * baselines (SVG has only the alphabetic one everywhere), and a family name a browser knows.
 */
final class FontMetrics {
    private static final Map<String, Double> SHIFTS = new HashMap<>();

    private FontMetrics() {}

    /** How far below {@code y} the alphabetic baseline is when a canvas places text at {@code y} with {@code baseline}. */
    static synchronized double baselineShift(Font font, VPos baseline) {
        if (baseline == null || baseline == VPos.BASELINE) {
            return 0;
        }
        return SHIFTS.computeIfAbsent(font.getName() + "/" + font.getSize() + "/" + baseline, k -> {
            Text t = new Text("Hg");
            t.setFont(font);
            t.setTextOrigin(VPos.TOP);
            double ascent = t.getBaselineOffset();
            double line = t.getLayoutBounds().getHeight();
            return switch (baseline) {
                case TOP -> ascent;
                case BOTTOM -> ascent - line;
                default -> ascent - line / 2; // CENTER: the middle of the line box
            };
        });
    }

    /**
     * Whether JavaFX really slants this font. Its logical families (System, Monospaced) have no
     * italic face here, and JavaFX draws them upright even when asked for italic (the editor's
     * comments), so the SVG must not slant them either.
     */
    static boolean slants(Font font) {
        String family = font.getFamily() == null ? "" : font.getFamily().toLowerCase(java.util.Locale.ROOT);
        return !family.equals("system") && !family.equals("monospaced") && !family.equals("sansserif")
                && !family.equals("serif");
    }

    /** JavaFX's logical "System" family is the platform's sans-serif; name it so, with a fallback for the rest. */
    static String svgFamily(Font font) {
        String family = font.getFamily();
        if (family == null || family.equalsIgnoreCase("System") || family.equalsIgnoreCase("SansSerif")) {
            return "sans-serif";
        }
        if (family.equalsIgnoreCase("Monospaced")) {
            return "monospace";
        }
        return "'" + family.replace("'", "") + "', sans-serif";
    }
}
