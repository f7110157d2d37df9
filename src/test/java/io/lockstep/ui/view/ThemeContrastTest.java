package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** WCAG AA (4.5:1) for every text/background pair of every theme, computed from the theme's CSS. */
class ThemeContrastTest {
    static final double AA = 4.5;

    @ParameterizedTest
    @EnumSource(ColorTheme.class)
    void everyTextReadsOnItsBackground(ColorTheme theme) throws IOException {
        List<ContrastPairs.Pair> pairs = ContrastPairs.of(ThemeCss.of(theme));
        assertTrue(pairs.size() > 80, "the checker found only " + pairs.size() + " pairs");
        List<ContrastPairs.Pair> poor = pairs.stream().filter(p -> p.ratio() < AA).toList();
        assertTrue(poor.isEmpty(), theme.id + ": below " + AA + ":1\n"
                + String.join("\n", poor.stream().map(Object::toString).toList()));
    }

    @Test
    void aPoorPairIsCaught() {
        ThemeCss css = ThemeCss.parse(".root { -lk-surface: #ffffff; -lk-band: #f3f5f9; -lk-text-muted: #9aa3b5; }"
                + ".lk-view-pane { -fx-background-color: -lk-surface; } .lk-window { -fx-background-color: -lk-band; }"
                + ".lk-hint { -fx-text-fill: -lk-text-muted; }"
                + ".lk-chip { -fx-background-color: derive(-lk-text-muted, 60%); -fx-text-fill: white; }");
        List<ContrastPairs.Pair> pairs = ContrastPairs.of(css);
        assertEquals(3, pairs.size(), pairs.toString()); // the hint on both surfaces, the chip on its own
        assertTrue(pairs.stream().allMatch(p -> p.ratio() < AA), pairs.toString());
    }

    @Test
    void contrastAndDeriveFollowWcagAndJavaFx() {
        assertEquals(21.0, ThemeCss.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, ThemeCss.contrast(Color.web("#777777"), Color.web("#777777")), 1e-9);
        assertEquals(4.48, ThemeCss.contrast(Color.web("#777777"), Color.WHITE), 0.01); // the classic near miss
        Color grey = Color.web("#808080");
        assertTrue(ThemeCss.derive(grey, 0.5).getBrightness() > grey.getBrightness());
        assertTrue(ThemeCss.derive(grey, -0.5).getBrightness() < grey.getBrightness());
        assertEquals(Color.BLACK, ThemeCss.derive(grey, -1.0));
    }

    @Test
    void aThreadColouredTextIsCheckedForEveryThread() throws IOException {
        long keys = ContrastPairs.of(ThemeCss.of(ColorTheme.LIGHT)).stream()
                .filter(p -> p.text().equals(".lk-thread-key")).count();
        assertEquals(Palette.THREAD_COLORS, keys);
    }

    /** The timeline's canvas writes a thread's name on its bar in {@link Palette#textOn}'s choice. */
    @ParameterizedTest
    @EnumSource(ColorTheme.class)
    void namesOnTheTimelinesThreadBarsRead(ColorTheme theme) throws IOException {
        ThemeCss css = ThemeCss.of(theme);
        for (int t = 0; t < Palette.THREAD_COLORS; t++) {
            Color bar = css.resolve("-lk-thread-" + t, null);
            double ratio = ThemeCss.contrast(Palette.textOn(bar), bar);
            assertTrue(ratio >= AA, theme.id + " thread " + t + " " + ContrastPairs.hex(bar) + ": " + ratio);
        }
    }

    /** The memory map numbers each cell: in {@link Palette#textOn} on a block's state colour, muted on an absent one. */
    @ParameterizedTest
    @EnumSource(ColorTheme.class)
    void blockNumbersReadOnTheirCells(ColorTheme theme) throws IOException {
        ThemeCss css = ThemeCss.of(theme);
        for (String state : List.of("-lk-offline", "-lk-going-offline", "-lk-online")) {
            Color cell = css.resolve(state, null);
            double ratio = ThemeCss.contrast(Palette.textOn(cell), cell);
            assertTrue(ratio >= AA, theme.id + " " + state + " " + ContrastPairs.hex(cell) + ": " + ratio);
        }
        Color absent = css.resolve("-lk-absent", null);
        double ratio = ThemeCss.contrast(css.resolve("-lk-text-muted", null), absent);
        assertTrue(ratio >= AA, theme.id + " absent " + ContrastPairs.hex(absent) + ": " + ratio);
    }
}
