package io.lockstep.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * Every text/background pair of a theme that can be read off its CSS. A rule that sets a text
 * colour ({@code -fx-text-fill}, or {@code -fx-fill} for the editor's text) is paired with the
 * background it is drawn on: its own, else its ancestor's in a descendant selector, else its own
 * rule without pseudo-classes or its first class alone, else the containers listed in
 * {@link #CONTAINERS}, else the window's two surfaces ({@code -lk-surface}, {@code -lk-band}).
 * A text colour written with the per-card {@code -lk-thread} is checked for each of the eight threads.
 * {@link #CROSS} adds the pairs a cascade makes across two classes (a red badge's white text on
 * the amber badge that shares its rule).
 */
final class ContrastPairs {
    record Pair(String text, String background, String thread, Color fg, Color bg, double ratio) {
        @Override
        public String toString() {
            return String.format("%.2f:1  %s on %s%s  (%s on %s)", ratio, text, background,
                    thread == null ? "" : " [" + thread + "]", hex(fg), hex(bg));
        }
    }

    /** The backgrounds behind a text class that has none of its own (its parents in the panels' code). */
    static final Map<String, List<String>> CONTAINERS = Map.ofEntries(
            Map.entry(".lk-stage-card-title", List.of(".lk-stage-card", ".lk-stage-card:blocked")),
            Map.entry(".lk-stage-card-state", List.of(".lk-stage-card")),
            Map.entry(".lk-stage-card-next", List.of(".lk-stage-card", ".lk-stage-card:blocked")),
            Map.entry(".lk-stage-card-chain", List.of(".lk-stage-card", ".lk-stage-card:blocked")),
            Map.entry(".lk-stage-caption-headline", List.of(".lk-stage-caption", ".lk-stage-caption:finding", ".lk-stage-caption:guarded")),
            Map.entry(".lk-stage-caption-detail", List.of(".lk-stage-caption", ".lk-stage-caption:guarded")),
            Map.entry(".lk-stage-caption-why", List.of(".lk-stage-caption", ".lk-stage-caption:finding", ".lk-stage-caption:guarded")),
            Map.entry(".lk-stage-title", List.of(".lk-stage")),
            Map.entry(".lk-stage-step", List.of(".lk-stage")),
            Map.entry(".lk-stage-section", List.of(".lk-stage")),
            Map.entry(".lk-stage-hint", List.of(".lk-stage", ".lk-lock-timeline")),
            Map.entry(".lk-narration-why", List.of(".lk-narration", ".lk-narration:note", ".lk-narration:guarded")),
            Map.entry(".lk-narration:finding .lk-narration-why", List.of(".lk-narration:finding")),
            Map.entry(".lk-narration-detail", List.of(".lk-narration", ".lk-narration:note", ".lk-narration:finding", ".lk-narration:guarded")),
            Map.entry(".lk-badge-title", List.of(".lk-badge", ".lk-badge:found", ".lk-badge:not-found", ".lk-badge:in-run")),
            Map.entry(".lk-badge-status", List.of(".lk-badge", ".lk-badge:found", ".lk-badge:not-found", ".lk-badge:in-run")),
            Map.entry(".lk-thread-label", List.of(".lk-thread-card", ".lk-thread-card:blocked")),
            Map.entry(".lk-thread-next", List.of(".lk-thread-card", ".lk-thread-card:blocked")),
            Map.entry(".lk-thread-state", List.of(".lk-thread-card")),
            Map.entry(".lk-thread-stack .label", List.of(".lk-thread-card", ".lk-thread-card:blocked")),
            Map.entry(".lk-narration-headline", List.of(".lk-narration", ".lk-narration:note", ".lk-narration:finding", ".lk-narration:guarded")));

    /** Text of one rule over the background of another that the same node can carry at once. */
    static final List<String[]> CROSS = List.of(
            new String[] {".lk-badge:in-run .lk-badge-title", ".lk-badge-guarded-inversion:in-run"},
            new String[] {".lk-badge:in-run .lk-badge-status", ".lk-badge-guarded-inversion:in-run"},
            new String[] {".lk-compare-side-badge:in-run", ".lk-compare-kind-guarded-inversion:in-run"},
            new String[] {".lk-graph-thread.lk-thread-0", ".lk-lock-graph .lk-graph-thread:deadlocked"},
            new String[] {".lk-graph-thread.lk-thread-1", ".lk-lock-graph .lk-graph-thread:deadlocked"},
            new String[] {".lk-graph-thread.lk-thread-2", ".lk-lock-graph .lk-graph-thread:deadlocked"},
            new String[] {".lk-graph-thread.lk-thread-3", ".lk-lock-graph .lk-graph-thread:deadlocked"},
            new String[] {".lk-graph-thread.lk-thread-4", ".lk-lock-graph .lk-graph-thread:deadlocked"},
            new String[] {".lk-graph-thread.lk-thread-5", ".lk-lock-graph .lk-graph-thread:deadlocked"},
            new String[] {".lk-graph-thread.lk-thread-6", ".lk-lock-graph .lk-graph-thread:deadlocked"},
            new String[] {".lk-graph-thread.lk-thread-7", ".lk-lock-graph .lk-graph-thread:deadlocked"});

    /** Not text over a background: text on Modena's selection colour, and the editor's selection itself. */
    static final List<String> EXCLUDED = List.of(".lk-diagnostics .list-cell:error:selected", ".lk-editor-text .selection");

    private static final List<String> SURFACES = List.of(".lk-view-pane", ".lk-window");
    private static final Pattern THREAD_VAR = Pattern.compile("-lk-thread(?![-\\w])");
    private static final String BG = "-fx-background-color";

    private ContrastPairs() {}

    static List<Pair> of(ThemeCss css) {
        List<Pair> pairs = new ArrayList<>();
        for (String s : css.rules.keySet()) {
            String prop = textProperty(css, s);
            if (prop == null || EXCLUDED.contains(s)) {
                continue;
            }
            for (String bg : backgrounds(css, s)) {
                add(css, pairs, s, prop, bg, BG);
            }
            if (s.startsWith(".lk-editor-text .lk-code-") && css.value(".lk-editor-text .lk-code-error", "-rtfx-background-color") != null) {
                add(css, pairs, s, prop, ".lk-editor-text .lk-code-error", "-rtfx-background-color");
            }
        }
        for (String[] c : CROSS) {
            String last = c[0].substring(c[0].lastIndexOf(' ') + 1);
            boolean recoloured = css.value(c[1], "-fx-text-fill") != null || css.rules.containsKey(c[1] + " " + last);
            if (css.rules.containsKey(c[0]) && has(css, c[1]) && !recoloured) {
                add(css, pairs, c[0], textProperty(css, c[0]), c[1], BG); // else the rule in force is checked itself
            }
        }
        if (css.rules.containsKey(".lk-editor-text .selection")) {
            add(css, pairs, ".lk-editor-text .text", "-fx-fill", ".lk-editor-text .selection", "-fx-fill");
        }
        return pairs;
    }

    private static String textProperty(ThemeCss css, String s) {
        if (css.value(s, "-fx-text-fill") != null) {
            return "-fx-text-fill";
        }
        return s.startsWith(".lk-editor-text .") && css.value(s, "-fx-fill") != null ? "-fx-fill" : null;
    }

    private static List<String> backgrounds(ThemeCss css, String s) {
        if (has(css, s)) {
            return List.of(s);
        }
        int space = s.lastIndexOf(' ');
        if (space > 0) {
            String ancestor = s.substring(0, space);
            for (String a : List.of(ancestor, stripPseudo(ancestor), firstClass(ancestor))) {
                if (has(css, a)) {
                    return List.of(a);
                }
            }
        }
        for (String own : List.of(stripPseudo(s), firstClass(s))) {
            if (has(css, own)) {
                return List.of(own);
            }
        }
        String text = CONTAINERS.containsKey(s) ? s : firstClass(s.substring(space + 1));
        List<String> containers = CONTAINERS.get(text);
        if (containers != null) {
            // A container whose own rule recolours this text is checked through that rule instead.
            return containers.stream().filter(c -> !css.rules.containsKey(c + " " + text)).map(c -> c).toList();
        }
        return SURFACES;
    }

    private static boolean has(ThemeCss css, String selector) {
        String v = css.value(selector, BG);
        return v != null && !v.equals("transparent");
    }

    private static String stripPseudo(String s) {
        return s.replaceAll(":[\\w-]+", "");
    }

    private static String firstClass(String s) {
        String last = s.substring(s.lastIndexOf(' ') + 1);
        String[] parts = last.substring(1).split("[.:]");
        return s.substring(0, s.lastIndexOf(' ') + 1) + "." + parts[0];
    }

    private static void add(ThemeCss css, List<Pair> pairs, String text, String prop, String bg, String bgProp) {
        boolean perThread = THREAD_VAR.matcher(css.value(text, prop)).find()
                || THREAD_VAR.matcher(css.value(bg, bgProp)).find();
        for (int t = 0; t < (perThread ? Palette.THREAD_COLORS : 1); t++) {
            String scope = perThread ? ".lk-thread-" + t : null;
            Color fg = css.color(text, prop, scope);
            Color back = css.color(bg, bgProp, scope);
            if (fg != null && back != null) {
                pairs.add(new Pair(text, bg, scope, fg, back, ThemeCss.contrast(fg, back)));
            }
        }
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
