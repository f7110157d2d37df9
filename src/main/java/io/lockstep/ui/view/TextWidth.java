package io.lockstep.ui.view;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures strings for canvas painting (a Canvas has no text layout of its own). FX thread only. */
final class TextWidth {
    private static final Text PROBE = new Text();

    private TextWidth() {}

    static double of(Font font, String s) {
        PROBE.setFont(font);
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }

    /** The line height of a font: what a lane or a header line needs. */
    static double lineHeight(Font font) {
        PROBE.setFont(font);
        PROBE.setText("Mg");
        return PROBE.getLayoutBounds().getHeight();
    }
}
