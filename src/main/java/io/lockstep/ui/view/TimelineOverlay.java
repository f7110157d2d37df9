package io.lockstep.ui.view;

import io.lockstep.ui.draw.CanvasDrawing;
import io.lockstep.ui.draw.Drawing;
import io.lockstep.ui.draw.PathData;
import io.lockstep.ui.draw.VectorCanvas;
import io.lockstep.ui.view.TimelineIndex.Kind;
import io.lockstep.ui.view.TimelineIndex.Segment;
import io.lockstep.ui.view.TimelineRows.Row;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * What moves every step on the lock timeline: the cursor (a line, the column shaded when columns
 * are wide, a badge with the step number), a dot per holder (filled) and waiter (ring) beside each
 * lane label, and the hovered segment's outline. Small nodes rather than a full-size transparent
 * canvas: the renderer then redraws a sliver around the cursor each frame instead of the whole
 * timeline, which is what keeps playback at 60 frames a second on the software pipeline.
 */
final class TimelineOverlay extends Pane {
    /** Holders and waiters shown beside a lane label; more are cut off (the lane itself shows them all). */
    static final int MAX_DOTS = 4;

    private final TimelinePainter painter;
    private final Rectangle column = new Rectangle();
    private final Line line = new Line();
    private final Label badge = new Label();
    private final Rectangle hover = new Rectangle();
    private final Canvas dots = new Canvas();
    /** What the dots showed last: redrawing an unchanged canvas would still cost a repaint of it. */
    private String dotsShown = "";
    /** What the dots were drawn from, so that an export can draw them again as vectors. */
    private TimelinePainter.Picture shown;
    private int shownCursor;

    TimelineOverlay(TimelinePainter painter) {
        this.painter = painter;
        setMouseTransparent(true);
        setManaged(false);
        column.getStyleClass().add("lk-timeline-cursor-column");
        line.getStyleClass().add("lk-timeline-cursor");
        badge.getStyleClass().add("lk-timeline-cursor-badge");
        hover.getStyleClass().add("lk-timeline-hover");
        hover.setVisible(false);
        getChildren().addAll(dots, column, line, hover, badge);
        VectorCanvas.register(dots, d -> {
            if (shown != null) {
                drawDots(d, shown, shownCursor, dots.getWidth());
            }
        });
    }

    /** Forgets what the dots showed (the theme changed): the next paint redraws them. */
    void invalidate() {
        dotsShown = "";
    }

    void paint(TimelinePainter.Picture s, int cursor, Segment hovered, int hoveredRow) {
        TimelineGeometry geo = s.geo();
        double left = geo.gutter();
        double x0 = left + s.vp().x(cursor);
        double x1 = left + s.vp().x(cursor + 1);
        boolean inView = x1 >= left && x0 <= geo.width();
        column.setVisible(inView && x1 - x0 >= 4);
        line.setVisible(inView);
        badge.setVisible(inView);
        if (inView) {
            double cx = Math.round((x0 + x1) / 2) + 0.5;
            column.setX(Math.max(left, x0));
            column.setY(geo.axis());
            column.setWidth(Math.max(0, Math.min(x1, geo.width()) - Math.max(left, x0)));
            column.setHeight(Math.max(0, geo.height() - geo.axis()));
            line.setStartX(cx);
            line.setEndX(cx);
            line.setStartY(geo.axis() - 2);
            line.setEndY(geo.height());
            badge.setText("step " + cursor);
            badge.autosize();
            double w = badge.getWidth();
            badge.relocate(Math.max(left, Math.min(geo.width() - w, cx - w / 2)), (geo.axis() - badge.getHeight()) / 2);
        }
        placeHover(s, hovered, hoveredRow);
        paintDots(s, cursor);
    }

    private void placeHover(TimelinePainter.Picture s, Segment seg, int row) {
        hover.setVisible(seg != null && row >= 0);
        if (seg == null || row < 0) {
            return;
        }
        TimelineGeometry geo = s.geo();
        double left = geo.gutter();
        int stop = seg.open() ? s.columns() : seg.end();
        double x0 = Math.max(left, left + s.vp().x(seg.start()));
        double x1 = Math.min(geo.width(), left + s.vp().x(stop));
        double y = geo.rowY(row);
        boolean wait = seg.kind() == Kind.WAIT || seg.kind() == Kind.TRY_FAILED;
        hover.setX(x0 - 1);
        hover.setY((wait ? geo.waitTop(y) : geo.holdTop(y)) - 1);
        hover.setWidth(Math.max(3, x1 - x0 + 2));
        hover.setHeight((wait ? geo.waitHeight() : geo.holdHeight()) + 2);
    }

    /** Dots at the right of the gutter: who holds (filled) and who waits for (ring) each lane's lock now. */
    private void paintDots(TimelinePainter.Picture s, int cursor) {
        TimelineGeometry geo = s.geo();
        double r = TimelinePainter.dotRadius(geo.row());
        double width = Math.min(geo.gutter() - 8, MAX_DOTS * (2 * r + 3) + 8);
        if (dots.getWidth() != width || dots.getHeight() != geo.height()) {
            dots.setWidth(width);
            dots.setHeight(geo.height());
        }
        dots.setLayoutX(geo.gutter() - width);
        List<Row> rows = s.rows();
        StringBuilder key = new StringBuilder().append(width).append('/').append(geo.scrollY()).append('/')
                .append(rows.size());
        for (int i = geo.firstVisibleRow(); i < geo.lastVisibleRowExclusive(rows.size()); i++) {
            if (!rows.get(i).header()) {
                for (Segment seg : s.index().segmentsAt(rows.get(i).instance(), cursor)) {
                    key.append(i).append(':').append(seg.thread()).append(seg.kind().ordinal()).append(',');
                }
            }
        }
        if (key.toString().equals(dotsShown)) {
            return;
        }
        dotsShown = key.toString();
        GraphicsContext g = dots.getGraphicsContext2D();
        g.clearRect(0, 0, width, geo.height());
        shown = s;
        shownCursor = cursor;
        drawDots(new CanvasDrawing(g), s, cursor, width);
    }

    /** The dots through {@code g}: the canvas, or an export's drawing (the same dots as vectors). */
    private void drawDots(Drawing g, TimelinePainter.Picture s, int cursor, double width) {
        TimelineGeometry geo = s.geo();
        double r = TimelinePainter.dotRadius(geo.row());
        List<Row> rows = s.rows();
        for (int i = geo.firstVisibleRow(); i < geo.lastVisibleRowExclusive(rows.size()); i++) {
            Row row = rows.get(i);
            if (row.header()) {
                continue;
            }
            double x = width - 8 - r;
            double mid = geo.rowY(i) + geo.row() / 2;
            if (mid < geo.axis()) {
                continue;
            }
            for (Segment seg : s.index().segmentsAt(row.instance(), cursor)) {
                Color c = painter.thread(seg.thread());
                if (seg.kind() == Kind.WAIT) {
                    g.stroke(PathData.ellipse(x, mid, r - 1, r - 1), c, 2, null);
                } else if (seg.kind() != Kind.TRY_FAILED) {
                    g.fill(PathData.ellipse(x, mid, r, r), c);
                } else {
                    continue;
                }
                x -= 2 * r + 3;
                if (x < r) {
                    break;
                }
            }
        }
    }
}
