package io.lockstep.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;

/**
 * A path as both back ends want it: moves, lines, quadratic and cubic curves, closes. Arcs and
 * ellipses are turned into cubic curves when they are built, so that the two back ends have one
 * kind of curve to draw and cannot disagree about arcs.
 */
public final class PathData {
    private static final double KAPPA = 0.5522847498307936; // a quarter circle as one cubic

    private record Segment(char op, double[] p) {}

    private final List<Segment> segments = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();
    private double lastX;
    private double lastY;

    public static PathData rect(double x, double y, double w, double h) {
        return new PathData().moveTo(x, y).lineTo(x + w, y).lineTo(x + w, y + h).lineTo(x, y + h).close();
    }

    /** A rectangle with corner radii top-left, top-right, bottom-right, bottom-left (each clamped to fit). */
    public static PathData roundRect(double x, double y, double w, double h, double tl, double tr, double br, double bl) {
        double max = Math.min(w, h) / 2;
        tl = Math.min(tl, max);
        tr = Math.min(tr, max);
        br = Math.min(br, max);
        bl = Math.min(bl, max);
        if (tl <= 0 && tr <= 0 && br <= 0 && bl <= 0) {
            return rect(x, y, w, h);
        }
        PathData p = new PathData().moveTo(x + tl, y).lineTo(x + w - tr, y);
        p.corner(x + w - tr, y + tr, tr, -Math.PI / 2);
        p.lineTo(x + w, y + h - br);
        p.corner(x + w - br, y + h - br, br, 0);
        p.lineTo(x + bl, y + h);
        p.corner(x + bl, y + h - bl, bl, Math.PI / 2);
        p.lineTo(x, y + tl);
        p.corner(x + tl, y + tl, tl, Math.PI);
        return p.close();
    }

    public static PathData ellipse(double cx, double cy, double rx, double ry) {
        PathData p = new PathData().moveTo(cx + rx, cy);
        p.cubicTo(cx + rx, cy + ry * KAPPA, cx + rx * KAPPA, cy + ry, cx, cy + ry);
        p.cubicTo(cx - rx * KAPPA, cy + ry, cx - rx, cy + ry * KAPPA, cx - rx, cy);
        p.cubicTo(cx - rx, cy - ry * KAPPA, cx - rx * KAPPA, cy - ry, cx, cy - ry);
        p.cubicTo(cx + rx * KAPPA, cy - ry, cx + rx, cy - ry * KAPPA, cx + rx, cy);
        return p.close();
    }

    /** A quarter turn around {@code (cx, cy)} starting at angle {@code from} (clockwise on screen). */
    private void corner(double cx, double cy, double r, double from) {
        if (r <= 0) {
            return;
        }
        arc(cx, cy, r, r, from, Math.PI / 2);
    }

    /** An elliptic arc from angle {@code start} through {@code extent} (radians, y down), in cubic pieces. */
    public PathData arc(double cx, double cy, double rx, double ry, double start, double extent) {
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(extent) / (Math.PI / 2) - 1e-9));
        double step = extent / pieces;
        double k = 4.0 / 3.0 * Math.tan(step / 4);
        double a = start;
        for (int i = 0; i < pieces; i++) {
            double c0 = Math.cos(a);
            double s0 = Math.sin(a);
            double c1 = Math.cos(a + step);
            double s1 = Math.sin(a + step);
            cubicTo(cx + rx * (c0 - k * s0), cy + ry * (s0 + k * c0), cx + rx * (c1 + k * s1), cy + ry * (s1 - k * c1),
                    cx + rx * c1, cy + ry * s1);
            a += step;
        }
        return this;
    }

    public PathData moveTo(double x, double y) {
        return add('M', x, y);
    }

    public PathData lineTo(double x, double y) {
        return add('L', x, y);
    }

    public PathData quadTo(double cx, double cy, double x, double y) {
        return add('Q', cx, cy, x, y);
    }

    public PathData cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        return add('C', c1x, c1y, c2x, c2y, x, y);
    }

    public PathData close() {
        return add('Z');
    }

    /**
     * SVG path text as it stands (an {@code SVGPath} node's content): SVG writes it unchanged, a
     * canvas reads it with {@code appendSVGPath}, so neither has to parse it.
     */
    public PathData svgContent(String content) {
        segments.add(new Segment('S', new double[0]));
        raw.add(content);
        return this;
    }

    /** This path through an affine transform (for a clip node that is itself moved or scaled). */
    public PathData mapped(javafx.scene.transform.Transform t) {
        PathData out = new PathData();
        int r = 0;
        for (Segment s : segments) {
            if (s.op() == 'S') {
                out.svgContent(raw.get(r++)); // a transformed SVG clip is not needed by any view
                continue;
            }
            double[] p = s.p().clone();
            for (int i = 0; i + 1 < p.length; i += 2) {
                javafx.geometry.Point2D q = t.transform(p[i], p[i + 1]);
                p[i] = q.getX();
                p[i + 1] = q.getY();
            }
            out.add(s.op(), p);
        }
        return out;
    }

    /** Whether it holds SVG text as it stands (which {@link #mapped} cannot move point by point). */
    public boolean hasSvgContent() {
        return !raw.isEmpty();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    public double lastX() {
        return lastX;
    }

    public double lastY() {
        return lastY;
    }

    private PathData add(char op, double... p) {
        segments.add(new Segment(op, p));
        if (p.length >= 2) {
            lastX = p[p.length - 2];
            lastY = p[p.length - 1];
        }
        return this;
    }

    /** The path's SVG {@code d} attribute, numbers rounded to hundredths so the same path is the same text. */
    public String svg() {
        StringBuilder sb = new StringBuilder();
        int r = 0;
        for (Segment s : segments) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (s.op() == 'S') {
                sb.append(raw.get(r++).strip());
                continue;
            }
            sb.append(s.op());
            for (int i = 0; i < s.p().length; i++) {
                sb.append(i == 0 ? "" : " ").append(number(s.p()[i]));
            }
        }
        return sb.toString();
    }

    /** Makes this the canvas's current path. */
    public void trace(GraphicsContext g) {
        g.beginPath();
        int r = 0;
        for (Segment s : segments) {
            double[] p = s.p();
            switch (s.op()) {
                case 'S' -> g.appendSVGPath(raw.get(r++));
                case 'M' -> g.moveTo(p[0], p[1]);
                case 'L' -> g.lineTo(p[0], p[1]);
                case 'Q' -> g.quadraticCurveTo(p[0], p[1], p[2], p[3]);
                case 'C' -> g.bezierCurveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                default -> g.closePath();
            }
        }
    }

    /** A number as SVG wants it: at most two decimals, no exponent, no "-0". */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "0";
        }
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.2f", hundredths / 100.0);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
