package io.lockstep.ui.view;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * The rules of a theme's style sheets after the cascade, read from the CSS files the window loads,
 * in the window's order: every selector's declarations, later sheets winning, and the looked-up
 * colours of {@code .root}. Values resolve as JavaFX resolves them: looked-up colours (also
 * variables a rule declares for its subtree, such as {@code -lk-thread}), named and hex colours,
 * {@code rgba(...)}, and {@code derive(c, p%)} through JavaFX's own derivation.
 */
final class ThemeCss {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern DERIVE = Pattern.compile("derive\\((.+),\\s*(-?[0-9.]+)%\\)");

    /** selector (one of a group, whitespace normalised) to property to value. */
    final Map<String, Map<String, String>> rules = new LinkedHashMap<>();

    static ThemeCss of(ColorTheme theme) throws IOException {
        List<String> sheets = new ArrayList<>(List.of("/io/lockstep/ui/lockstep.css", "/io/lockstep/ui/panel/panels.css",
                "/io/lockstep/ui/compare/compare.css", "/io/lockstep/ui/stage/stage.css"));
        if (theme.sheet != null) {
            sheets.add("/io/lockstep/ui/" + theme.sheet);
        }
        ThemeCss css = new ThemeCss();
        for (String s : sheets) {
            try (InputStream in = ThemeCss.class.getResourceAsStream(s)) {
                css.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return css;
    }

    static ThemeCss parse(String text) {
        ThemeCss css = new ThemeCss();
        css.add(text);
        return css;
    }

    void add(String text) {
        String noComments = text.replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher m = RULE.matcher(noComments);
        while (m.find()) {
            Map<String, String> decls = new LinkedHashMap<>();
            for (String d : m.group(2).split(";")) {
                int colon = d.indexOf(':');
                if (colon > 0) {
                    decls.put(d.substring(0, colon).trim(), d.substring(colon + 1).trim());
                }
            }
            for (String selector : m.group(1).split(",")) {
                rules.computeIfAbsent(selector.trim().replaceAll("\\s+", " "), k -> new LinkedHashMap<>()).putAll(decls);
            }
        }
    }

    /** The value a selector's own rules give a property, or null. */
    String value(String selector, String property) {
        Map<String, String> r = rules.get(selector);
        return r == null ? null : r.get(property);
    }

    /** A property of a selector as a colour, with {@code scope}'s variables in force; null if unset or transparent. */
    Color color(String selector, String property, String scope) {
        String v = value(selector, property);
        if (v == null || v.equals("transparent")) {
            return null;
        }
        return resolve(v, scope);
    }

    /** A value as a colour; {@code scope} is a selector whose own variables (such as -lk-thread) apply, or null. */
    Color resolve(String value, String scope) {
        String v = value.trim();
        if (v.contains(",") && !v.startsWith("derive(") && !v.startsWith("rgb")) {
            v = v.substring(v.lastIndexOf(',') + 1).trim(); // several fills: the last one is on top
        }
        Matcher d = DERIVE.matcher(v);
        if (d.matches()) {
            return derive(resolve(d.group(1), scope), Double.parseDouble(d.group(2)) / 100);
        }
        if (v.startsWith("-")) {
            String own = scope == null ? null : value(scope, v);
            String found = own != null ? own : value(".root", v);
            if (found == null) {
                throw new IllegalArgumentException("no looked-up colour " + v + (scope == null ? "" : " for " + scope));
            }
            return resolve(found, own != null ? null : scope);
        }
        return Color.web(v);
    }

    private static final Method DERIVE_COLOR;

    static {
        try {
            DERIVE_COLOR = Class.forName("com.sun.javafx.util.Utils").getMethod("deriveColor", Color.class, double.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** JavaFX's own {@code derive()}: brighter toward white for positive, darker toward black for negative. */
    static Color derive(Color c, double brightness) {
        try {
            return (Color) DERIVE_COLOR.invoke(null, c, brightness);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** WCAG 2 relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double s) {
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2 contrast ratio, 1 to 21; a translucent colour is first laid over the other. */
    static double contrast(Color text, Color background) {
        Color t = over(text, background);
        double a = luminance(t) + 0.05;
        double b = luminance(background) + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }
}
