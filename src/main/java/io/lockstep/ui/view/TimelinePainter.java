package io.lockstep.ui.view;

import io.lockstep.ui.view.Palette.Swatch;
import io.lockstep.ui.view.TimelineIndex.Kind;
import io.lockstep.ui.view.TimelineRows.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import io.lockstep.ui.draw.Drawing;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the lock timeline's base layer: axis, lane stripes, segments of the visible window, lane
 * labels. Holds are solid in the thread's colour, readers stacked in the hold band, waits hatched
 * in the thread's colour below it, failed trylocks a tick. Segments thinner than a pixel are widened
 * to one and neighbours of one colour merged, so a zoomed-out run of 100k steps is a few thousand
 * rectangles, not 100k.
 */
final class TimelinePainter {
    private final Palette palette;
    private final Map<Color, ImagePattern> hatches = new HashMap<>();
    private final Color[] threads = new Color[Palette.THREAD_COLORS];
    private final RowSink sink = new RowSink();
    private Drawing g;

    TimelinePainter(Palette palette) {
        this.palette = palette;
        refresh();
    }

    void refresh() {
        hatches.clear();
        for (int t = 0; t < threads.length; t++) {
            threads[t] = palette.thread(t);
        }
    }

    Color thread(int t) {
        return threads[Math.floorMod(t, threads.length)];
    }

    double rowHeight() {
        return Math.ceil(TextWidth.lineHeight(palette.font()) * 1.55);
    }

    double axisHeight() {
        return Math.ceil(TextWidth.lineHeight(palette.font()) * 1.7);
    }

    /** Room for the longest label, and for {@code dots} holder dots beside it (see TimelineOverlay). */
    double gutterWidth(List<Row> rows, int dots) {
        double w = 0;
        for (Row r : rows) {
            w = Math.max(w, TextWidth.of(r.header() ? palette.boldFont() : palette.font(), r.label())
                    + (r.header() ? TextWidth.of(palette.smallFont(), " 0000") + 16 : 24));
        }
        double dotsW = dots * (2 * dotRadius(rowHeight()) + 3);
        return Math.min(360, Math.max(120, Math.ceil(w + dotsW) + 20));
    }

    static double dotRadius(double row) {
        return Math.max(3, row * 0.17);
    }

    /** What the base layer shows. {@code columns} is the run's length in columns (size + 1). */
    record Picture(TimelineGeometry geo, TimelineViewport vp, TimelineIndex index, List<Row> rows,
            int[][] members, int columns, java.util.function.IntFunction<String> threadLabel) {}

    /** Paints through {@code g}: the window's canvas, or an export's SVG, the same picture. */
    void paint(Drawing g, Picture s) {
        this.g = g;
        TimelineGeometry geo = s.geo();
        g.fillRect(0, 0, geo.width(), geo.height(), palette.color(Swatch.SURFACE));
        int firstRow = geo.firstVisibleRow();
        int lastRow = geo.lastVisibleRowExclusive(s.rows().size());
        for (int i = firstRow; i < lastRow; i++) {
            if (i % 2 == 1 || s.rows().get(i).header()) {
                g.fillRect(0, geo.rowY(i), geo.width(), geo.row(), palette.color(Swatch.BAND));
            }
        }
        axis(s, true);
        for (int i = firstRow; i < lastRow; i++) {
            Row r = s.rows().get(i);
            if (r.paintsSegments()) {
                segments(s, i, r);
            }
        }
        axis(s, false);
        gutter(s, firstRow, lastRow);
    }

    private void segments(Picture s, int rowIndex, Row r) {
        TimelineGeometry geo = s.geo();
        double y = geo.rowY(rowIndex);
        int from = s.vp().firstColumn();
        int to = s.vp().lastColumnExclusive();
        int[] instances = r.header() ? s.members()[rowIndex] : new int[] {r.instance()};
        for (int inst : instances) {
            sink.begin(s, y, r.header() ? 1 : s.index().depth(inst, false), r.header() ? 1 : s.index().depth(inst, true),
                    !r.header());
            s.index().forEach(inst, from, to, sink);
        }
        sink.flush();
    }

    /** Paints the segments of one row; merges adjacent thin rectangles of one paint. */
    private final class RowSink implements TimelineIndex.SegmentSink {
        private Picture s;
        private double y;
        private int sharedDepth;
        private int waitDepth;
        private boolean labels;
        private double px0;
        private double px1;
        private double py;
        private double ph;
        private Paint pPaint;

        void begin(Picture s, double y, int sharedDepth, int waitDepth, boolean labels) {
            this.s = s;
            this.y = y;
            this.sharedDepth = sharedDepth;
            this.waitDepth = waitDepth;
            this.labels = labels;
        }

        @Override
        public void segment(int start, int end, int thread, Kind kind, int slot) {
            TimelineGeometry geo = s.geo();
            double left = geo.gutter();
            double right = geo.width();
            int stop = end == TimelineIndex.OPEN ? s.columns() : end;
            double x0 = Math.max(left, left + s.vp().x(start));
            double x1 = Math.min(right, left + s.vp().x(stop));
            if (x1 - x0 < 1) {
                x1 = x0 + 1;
            }
            if (x0 >= right) {
                return;
            }
            Color c = thread(thread);
            switch (kind) {
                case HOLD -> {
                    rect(x0, x1, geo.holdTop(y), geo.holdHeight(), c);
                    label(x0, x1, geo.holdTop(y), geo.holdHeight(), c, s.threadLabel().apply(thread), thread);
                }
                case SHARED -> {
                    double h = geo.holdHeight() / sharedDepth;
                    double top = geo.holdTop(y) + Math.min(slot, sharedDepth - 1) * h;
                    rect(x0, x1, top, Math.max(1, h - (sharedDepth > 1 ? 1 : 0)), c);
                    label(x0, x1, top, h, c, s.threadLabel().apply(thread) + " (read)", thread);
                }
                case WAIT -> {
                    double h = geo.waitHeight() / waitDepth;
                    rect(x0, x1, geo.waitTop(y) + Math.min(slot, waitDepth - 1) * h, Math.max(1, h), hatch(c));
                }
                case TRY_FAILED -> {
                    double cx = (x0 + x1) / 2;
                    rect(cx - 1.5, cx + 1.5, geo.waitTop(y) - 2, geo.waitHeight() + 2, c);
                }
            }
        }

        private void rect(double x0, double x1, double top, double h, Paint paint) {
            if (pPaint == paint && top == py && h == ph && x0 <= px1 + 0.75) {
                px1 = Math.max(px1, x1);
                return;
            }
            flush();
            px0 = x0;
            px1 = x1;
            py = top;
            ph = h;
            pPaint = paint;
        }

        void flush() {
            if (pPaint != null) {
                g.fillRect(px0, py, px1 - px0, ph, pPaint);
                pPaint = null;
            }
        }

        /**
         * The thread's name on its bar, or, where the name does not fit, its number (the key on its
         * card): a short bar is then told apart by a label, not by its colour alone.
         */
        private void label(double x0, double x1, double top, double h, Color fill, String text, int thread) {
            if (!labels || x1 - x0 < 12 || h < TextWidth.lineHeight(palette.smallFont()) * 0.85) {
                return;
            }
            Font f = palette.smallFont();
            double w = TextWidth.of(f, text);
            if (w + 8 > x1 - x0) {
                text = Integer.toString(thread + 1);
                w = TextWidth.of(f, text);
                if (w + 6 > x1 - x0) {
                    return;
                }
            }
            flush();
            g.text(text, x0 + 4, top + h / 2, f, Palette.textOn(fill), TextAlignment.LEFT, VPos.CENTER);
        }
    }

    /** A diagonal hatch in a thread's colour, anchored to the canvas so neighbouring waits line up. */
    private ImagePattern hatch(Color c) {
        return hatches.computeIfAbsent(c, color -> {
            int n = 8;
            WritableImage img = new WritableImage(n, n);
            PixelWriter w = img.getPixelWriter();
            Color faint = color.deriveColor(0, 1, 1, 0.22);
            for (int yy = 0; yy < n; yy++) {
                for (int xx = 0; xx < n; xx++) {
                    int d = Math.floorMod(xx + yy, n);
                    w.setColor(xx, yy, d < 2 ? color : faint);
                }
            }
            return new ImagePattern(img, 0, 0, n, n, false);
        });
    }

    /**
     * The step axis with its ticks, or (with {@code gridOnly}) just the vertical grid lines under the
     * lanes: the grid goes under the segments, the axis over them (lanes scroll up under it).
     */
    private void axis(Picture s, boolean gridOnly) {
        TimelineGeometry geo = s.geo();
        TimelineViewport vp = s.vp();
        double left = geo.gutter();
        double every = tickEvery(vp.pxPerStep(), TextWidth.of(palette.smallFont(), "000000") + 16);
        Color grid = palette.color(Swatch.GRID);
        if (!gridOnly) {
            g.fillRect(0, 0, geo.width(), geo.axis(), palette.color(Swatch.SURFACE));
            g.strokeLine(0, geo.axis() - 0.5, geo.width(), geo.axis() - 0.5, grid, 1, null);
        }
        // Lines on column edges; a label in the middle of its column when columns are wide enough.
        boolean centred = vp.pxPerStep() >= TextWidth.of(palette.smallFont(), "0000") + 6;
        long firstTick = (long) (Math.ceil(vp.first() / every) * every);
        for (long k = firstTick; k < vp.first() + vp.visibleSteps() + 1 && k < s.columns(); k += (long) every) {
            double x = Math.round(left + vp.x(k)) + 0.5;
            if (x < left || x > geo.width()) {
                continue;
            }
            if (gridOnly) {
                g.strokeLine(x, geo.axis(), x, geo.height(), grid, 1, null);
                continue;
            }
            g.strokeLine(x, geo.axis() - 5, x, geo.axis(), grid, 1, null);
            double tx = centred ? left + vp.x(k + 0.5) : x;
            if (tx - TextWidth.of(palette.smallFont(), Long.toString(k)) / 2 >= left) {
                g.text(Long.toString(k), tx, geo.axis() / 2 - 1, palette.smallFont(), palette.color(Swatch.MUTED),
                        TextAlignment.CENTER, VPos.CENTER);
            }
        }
        double end = left + vp.x(s.columns());
        if (gridOnly && end < geo.width()) {
            // The end of the run so far.
            g.strokeLine(Math.round(end) + 0.5, geo.axis(), Math.round(end) + 0.5, geo.height(),
                    palette.color(Swatch.MUTED), 1, new double[] {4, 4});
        }
    }

    /** A tick interval of 1, 2 or 5 times a power of ten that leaves {@code minPx} between labels. */
    static double tickEvery(double pxPerStep, double minPx) {
        double step = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if (step * m * pxPerStep >= minPx) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private void gutter(Picture s, int firstRow, int lastRow) {
        TimelineGeometry geo = s.geo();
        g.fillRect(0, geo.axis(), geo.gutter(), geo.height() - geo.axis(), palette.color(Swatch.SURFACE));
        Color text = palette.color(Swatch.TEXT);
        Color muted = palette.color(Swatch.MUTED);
        for (int i = firstRow; i < lastRow; i++) {
            Row r = s.rows().get(i);
            double mid = geo.rowY(i) + geo.row() / 2;
            if (r.header() || i % 2 == 1) {
                g.fillRect(0, geo.rowY(i), geo.gutter(), geo.row(), palette.color(Swatch.BAND));
            }
            if (r.header()) {
                label(r.expanded() ? "\u25BE" : "\u25B8", 8, mid, palette.font(), text);
                label(r.label(), 24, mid, palette.boldFont(), text);
                label(Integer.toString(r.members()), 30 + TextWidth.of(palette.boldFont(), r.label()), mid,
                        palette.smallFont(), muted);
            } else {
                label(r.label(), grouped(s.rows(), i) ? 24 : 8, mid, palette.font(), text);
            }
        }
        // The corner over the labels, last: lanes scrolled up pass under it as under the axis.
        g.fillRect(0, 0, geo.gutter(), geo.axis(), palette.color(Swatch.SURFACE));
        Color grid = palette.color(Swatch.GRID);
        g.strokeLine(0, geo.axis() - 0.5, geo.gutter(), geo.axis() - 0.5, grid, 1, null);
        g.strokeLine(geo.gutter() - 0.5, 0, geo.gutter() - 0.5, geo.height(), grid, 1, null);
        label("lock \\ step", 8, geo.axis() / 2 - 1, palette.smallFont(), muted);
    }

    private void label(String text, double x, double mid, Font font, Color color) {
        g.text(text, x, mid, font, color, TextAlignment.LEFT, VPos.CENTER);
    }

    private static boolean grouped(List<Row> rows, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Row r = rows.get(k);
            if (r.lockClass() != rows.get(i).lockClass()) {
                return false;
            }
            if (r.header()) {
                return true;
            }
        }
        return false;
    }
}
