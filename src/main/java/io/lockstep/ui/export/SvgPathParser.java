package io.lockstep.ui.export;

import io.lockstep.ui.draw.PathData;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SVG path text (an {@code SVGPath} node's or a CSS {@code -fx-shape}) into a {@link PathData},
 * so that such shapes can be scaled into a region like any other path. Knows M L H V C S Q T Z in
 * both cases; an arc (A) becomes a line to its end point, which no shape the views use has.
 */
final class SvgPathParser {
    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private final Matcher m;
    private String pending;

    private SvgPathParser(String text) {
        m = TOKEN.matcher(text);
    }

    /** The path, or null when the text is not path data this parser knows. */
    static PathData parse(String text) {
        try {
            return new SvgPathParser(text).read();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String next() {
        if (pending != null) {
            String t = pending;
            pending = null;
            return t;
        }
        return m.find() ? m.group() : null;
    }

    private boolean numberNext() {
        String t = next();
        if (t == null) {
            return false;
        }
        pending = t;
        return !Character.isLetter(t.charAt(0));
    }

    private double num() {
        return Double.parseDouble(next());
    }

    private PathData read() {
        PathData p = new PathData();
        double x = 0, y = 0, sx = 0, sy = 0, cx = 0, cy = 0; // current point, subpath start, last control
        char prev = ' ';
        String t;
        while ((t = next()) != null) {
            char op = t.charAt(0);
            if (!Character.isLetter(op)) {
                throw new IllegalArgumentException("a number where a command was expected");
            }
            boolean rel = Character.isLowerCase(op);
            char up = Character.toUpperCase(op);
            do {
                double ox = rel ? x : 0;
                double oy = rel ? y : 0;
                switch (up) {
                    case 'M' -> {
                        x = ox + num();
                        y = oy + num();
                        sx = x;
                        sy = y;
                        p.moveTo(x, y);
                        up = 'L'; // further pairs are lines
                    }
                    case 'L' -> {
                        x = ox + num();
                        y = oy + num();
                        p.lineTo(x, y);
                    }
                    case 'H' -> p.lineTo(x = ox + num(), y);
                    case 'V' -> p.lineTo(x, y = oy + num());
                    case 'C', 'S' -> {
                        double c1x = 2 * x - cx;
                        double c1y = 2 * y - cy;
                        if (up == 'S' && prev != 'C' && prev != 'S') {
                            c1x = x;
                            c1y = y;
                        }
                        if (up == 'C') {
                            c1x = ox + num();
                            c1y = oy + num();
                        }
                        cx = ox + num();
                        cy = oy + num();
                        x = ox + num();
                        y = oy + num();
                        p.cubicTo(c1x, c1y, cx, cy, x, y);
                    }
                    case 'Q', 'T' -> {
                        double qx = prev == 'Q' || prev == 'T' ? 2 * x - cx : x;
                        double qy = prev == 'Q' || prev == 'T' ? 2 * y - cy : y;
                        if (up == 'Q') {
                            qx = ox + num();
                            qy = oy + num();
                        }
                        cx = qx;
                        cy = qy;
                        x = ox + num();
                        y = oy + num();
                        p.quadTo(qx, qy, x, y);
                    }
                    case 'A' -> {
                        for (int i = 0; i < 5; i++) {
                            num();
                        }
                        x = ox + num();
                        y = oy + num();
                        p.lineTo(x, y);
                    }
                    case 'Z' -> {
                        p.close();
                        x = sx;
                        y = sy;
                    }
                    default -> throw new IllegalArgumentException("unknown command " + op);
                }
                prev = up;
                if (up != 'C' && up != 'S' && up != 'Q' && up != 'T') {
                    cx = x;
                    cy = y;
                }
            } while (up != 'Z' && numberNext());
        }
        return p;
    }
}
