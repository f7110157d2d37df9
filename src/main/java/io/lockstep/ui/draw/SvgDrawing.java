package io.lockstep.ui.draw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javax.imageio.ImageIO;

/**
 * The SVG back end: writes SVG 1.1 text, text as {@code <text>} (so it can be searched, selected
 * and edited in Inkscape), images and image patterns as embedded PNGs. Each transform, opacity and
 * clip opens a group that the matching restore closes. Ids are numbered in order of first use and
 * numbers rounded to hundredths, so the same painting is the same bytes.
 */
public final class SvgDrawing implements Drawing {
    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();
    private final Deque<int[]> frames = new ArrayDeque<>();
    private final Map<Object, String> ids = new java.util.HashMap<>(); // equal gradients are defined once
    private int nextId;

    public SvgDrawing(double width, double height) {
        this.width = width;
        this.height = height;
        frames.push(new int[1]);
    }

    @Override
    public void save() {
        frames.push(new int[1]);
    }

    @Override
    public void restore() {
        if (frames.size() == 1) {
            return; // an unmatched restore, as a canvas ignores one
        }
        close(frames.pop()[0]);
    }

    private void close(int groups) {
        for (int i = 0; i < groups; i++) {
            body.append("</g>\n");
        }
    }

    private void open(String attributes) {
        body.append("<g ").append(attributes).append(">\n");
        frames.peek()[0]++;
    }

    @Override
    public void transform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        if (mxx == 1 && myx == 0 && mxy == 0 && myy == 1) {
            if (tx != 0 || ty != 0) {
                open("transform=\"translate(" + n(tx) + " " + n(ty) + ")\"");
            }
            return;
        }
        open("transform=\"matrix(" + String.join(" ", n4(mxx), n4(myx), n4(mxy), n4(myy), n(tx), n(ty)) + ")\"");
    }

    @Override
    public void opacity(double alpha) {
        if (alpha < 1) {
            open("opacity=\"" + n4(alpha) + "\"");
        }
    }

    @Override
    public void clip(PathData path) {
        String id = "clip" + nextId++;
        body.append("<clipPath id=\"").append(id).append("\"><path d=\"").append(path.svg()).append("\"/></clipPath>\n");
        open("clip-path=\"url(#" + id + ")\"");
    }

    @Override
    public void fill(PathData path, Paint paint) {
        if (path.isEmpty() || invisible(paint)) {
            return;
        }
        body.append("<path d=\"").append(path.svg()).append('"').append(paint("fill", paint)).append("/>\n");
    }

    @Override
    public void stroke(PathData path, Paint paint, double width, double[] dashes) {
        if (path.isEmpty() || invisible(paint) || width <= 0) {
            return;
        }
        body.append("<path d=\"").append(path.svg()).append("\" fill=\"none\"").append(paint("stroke", paint))
                .append(" stroke-width=\"").append(n(width)).append('"');
        if (dashes != null && dashes.length > 0) {
            StringBuilder d = new StringBuilder();
            for (double v : dashes) {
                d.append(d.length() == 0 ? "" : " ").append(n(v));
            }
            body.append(" stroke-dasharray=\"").append(d).append('"');
        }
        body.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, Font font, Paint paint, TextAlignment align, VPos baseline) {
        if (text.isBlank() || invisible(paint)) {
            return;
        }
        double base = y + FontMetrics.baselineShift(font, baseline);
        String anchor = switch (align) {
            case CENTER -> " text-anchor=\"middle\"";
            case RIGHT -> " text-anchor=\"end\"";
            default -> "";
        };
        String style = font.getStyle().toLowerCase(java.util.Locale.ROOT);
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(base)).append("\" font-family=\"")
                .append(escape(FontMetrics.svgFamily(font))).append("\" font-size=\"").append(n(font.getSize())).append('"');
        if (style.contains("bold") || style.contains("semibold") || style.contains("black")) {
            body.append(" font-weight=\"bold\"");
        }
        if ((style.contains("italic") || style.contains("oblique")) && FontMetrics.slants(font)) {
            body.append(" font-style=\"italic\"");
        }
        body.append(anchor).append(paint("fill", paint)).append(" xml:space=\"preserve\">").append(escape(text))
                .append("</text>\n");
    }

    @Override
    public void image(Image image, double x, double y, double w, double h) {
        body.append("<image x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" preserveAspectRatio=\"none\" xlink:href=\"")
                .append(dataUri(image)).append("\"/>\n");
    }

    /** The finished document. */
    public String toSvg() {
        while (frames.size() > 1) {
            restore();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\">\n");
        if (defs.length() > 0) {
            sb.append("<defs>\n").append(defs).append("</defs>\n");
        }
        sb.append(body);
        StringBuilder tail = new StringBuilder();
        int open = frames.peek()[0];
        for (int i = 0; i < open; i++) {
            tail.append("</g>\n");
        }
        return sb.append(tail).append("</svg>\n").toString();
    }

    private static boolean invisible(Paint paint) {
        return paint == null || paint instanceof Color c && c.getOpacity() == 0;
    }

    /** {@code fill="..."} (or stroke) and its opacity, with a gradient or pattern defined once. */
    private String paint(String attribute, Paint paint) {
        if (paint instanceof Color c) {
            String s = " " + attribute + "=\"" + hex(c) + "\"";
            return c.getOpacity() < 1 ? s + " " + attribute + "-opacity=\"" + n4(c.getOpacity()) + "\"" : s;
        }
        if (paint instanceof LinearGradient g) {
            return " " + attribute + "=\"url(#" + ids.computeIfAbsent(g, k -> linear(g)) + ")\"";
        }
        if (paint instanceof ImagePattern p) {
            return " " + attribute + "=\"url(#" + ids.computeIfAbsent(p, k -> pattern(p)) + ")\"";
        }
        if (paint instanceof RadialGradient r && !r.getStops().isEmpty()) {
            return paint(attribute, r.getStops().get(0).getColor()); // rare in the views: its first colour
        }
        return " " + attribute + "=\"#000000\"";
    }

    private String linear(LinearGradient g) {
        String id = "paint" + nextId++;
        defs.append("<linearGradient id=\"").append(id).append("\" x1=\"").append(n4(g.getStartX())).append("\" y1=\"")
                .append(n4(g.getStartY())).append("\" x2=\"").append(n4(g.getEndX())).append("\" y2=\"")
                .append(n4(g.getEndY())).append('"')
                .append(g.isProportional() ? "" : " gradientUnits=\"userSpaceOnUse\"").append(">\n");
        for (Stop s : g.getStops()) {
            defs.append("<stop offset=\"").append(n4(s.getOffset())).append("\" stop-color=\"").append(hex(s.getColor()))
                    .append("\" stop-opacity=\"").append(n4(s.getColor().getOpacity())).append("\"/>\n");
        }
        defs.append("</linearGradient>\n");
        return id;
    }

    private String pattern(ImagePattern p) {
        String id = "paint" + nextId++;
        String units = p.isProportional() ? "objectBoundingBox" : "userSpaceOnUse";
        defs.append("<pattern id=\"").append(id).append("\" patternUnits=\"").append(units).append("\" x=\"")
                .append(n(p.getX())).append("\" y=\"").append(n(p.getY())).append("\" width=\"").append(n(p.getWidth()))
                .append("\" height=\"").append(n(p.getHeight())).append("\"><image width=\"").append(n(p.getWidth()))
                .append("\" height=\"").append(n(p.getHeight())).append("\" preserveAspectRatio=\"none\" xlink:href=\"")
                .append(dataUri(p.getImage())).append("\"/></pattern>\n");
        return id;
    }

    private static String dataUri(Image image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** Text for an attribute or element: XML's five specials escaped, characters XML 1.0 forbids dropped. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t') {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String n(double v) {
        return PathData.number(v);
    }

    /** Transform factors and opacities need more than hundredths. */
    private static String n4(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
