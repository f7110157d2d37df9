package io.lockstep.ui.view;

import io.lockstep.engine.Program;
import io.lockstep.trace.Trace;
import io.lockstep.ui.view.TimelineIndex.Kind;
import io.lockstep.ui.view.TimelineIndex.Segment;
import io.lockstep.ui.view.TimelineRows.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import io.lockstep.ui.draw.CanvasDrawing;
import io.lockstep.ui.draw.VectorCanvas;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * One lane per lock instance over the steps of the run: who holds it (solid, in the thread's
 * colour), who waits for it (hatched), readers of an rwsem stacked; per-block locks grouped under
 * a header that collapses them into one lane; a cursor at the step shown.
 * Ctrl+scroll (or pinch) zooms, drag or shift+scroll pans, scroll moves through the lanes; click a
 * segment to jump to the step it starts at, the axis to jump to that step, a group header's label to
 * fold or unfold it.
 *
 * <p>One canvas, the base (segments of the visible window only), repainted when the window, the
 * rows or the visible part of the run change; the cursor, the holder dots and the hover outline are
 * small nodes over it that move every step (see {@link TimelineOverlay}).
 * While playing, the window turns a page when the cursor reaches its edge, unless the user panned
 * away from the cursor; a jump always brings the cursor back into view.
 */
public final class LockTimelineView extends Region implements TraceView {
    private final Canvas base = new Canvas();
    private final Palette palette = new Palette();
    private final TimelinePainter painter = new TimelinePainter(palette);
    private final TimelineOverlay overlay = new TimelineOverlay(painter);
    private final TimelineIndex index = new TimelineIndex();
    private final TimelineViewport vp = new TimelineViewport();
    private final Map<String, Boolean> userChoice = new HashMap<>();
    private final Tooltip tooltip = new Tooltip();
    /** The row whose lane name the mouse is over, or -1. */
    private int hoveredLane = -1;

    private IntConsumer onJump = step -> {};
    /** Which lock instances get a lane (all, unless the stage shows only the locks that matter now). */
    private java.util.function.IntPredicate lanes = instance -> true;
    private Trace trace;
    private Program program;
    private List<Row> rows = List.of();
    private int[][] members = new int[0][];
    private int rowsVersion = -1;
    private int columns = 1;
    private int step;
    private double scrollY;
    private double gutter = 120;
    private double rowHeight = 24;
    private double axisHeight = 26;
    private boolean follow = true;
    private boolean baseDirty = true;
    private Segment hovered;
    private int hoveredRow = -1;
    private double dragX;
    private double dragY;

    public LockTimelineView() {
        getStyleClass().add(StyleClasses.LOCK_TIMELINE);
        getChildren().addAll(palette, base, overlay);
        // An export walking the scene repaints the base layer as vectors, from the same painter.
        VectorCanvas.register(base, d -> {
            if (trace != null && base.getWidth() >= 20 && base.getHeight() >= 20) {
                painter.paint(d, picture());
            }
        });
        palette.setOnChange(() -> {
            painter.refresh();
            rowsVersion = -1;
            baseDirty = true;
            requestLayout();
        });
        tooltip.setShowDelay(Duration.millis(200));
        setOnScroll(this::scroll);
        setOnZoom(e -> zoomBy(e.getZoomFactor(), e.getX()));
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        setOnMouseDragged(this::drag);
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(-1, -1));
        setOnMouseClicked(this::click);
    }

    @Override
    public void setOnJump(IntConsumer onJump) {
        this.onJump = onJump == null ? step -> {} : onJump;
    }

    @Override
    public void update(Trace trace, int step) {
        if (trace != this.trace) {
            this.trace = trace;
            this.program = trace.program();
            vp.resetZoom();
            scrollY = 0;
            follow = true;
            hovered = null;
            baseDirty = true;
        }
        int before = index.indexedSteps();
        index.sync(trace);
        if (index.version() != rowsVersion) {
            rebuildRows();
        }
        int cols = trace.size() + 1;
        if (cols != columns) {
            // New steps only change columns from the old end on (open segments grow there too).
            baseDirty |= before < vp.lastColumnExclusive();
            columns = cols;
        }
        baseDirty |= vp.resize(geometry().plotWidth(), columns);
        boolean jumped = Math.abs(step - this.step) > 1;
        if ((follow || jumped) && vp.reveal(step)) {
            baseDirty = true;
        }
        follow |= jumped;
        this.step = step;
        paint();
    }

    /**
     * Shows lanes only for the instances {@code filter} accepts (the stage's "locks that matter at
     * this step"); the rows are rebuilt at the next update. Null shows every active instance.
     */
    public void setLaneFilter(java.util.function.IntPredicate filter) {
        lanes = filter == null ? instance -> true : filter;
        rowsVersion = -1;
        baseDirty = true;
        requestLayout();
    }

    private void rebuildRows() {
        rowsVersion = index.version();
        int[] shown = java.util.Arrays.stream(index.activeInstances()).filter(lanes).toArray();
        rows = TimelineRows.build(program, shown, userChoice);
        members = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            members[i] = r.header() ? TimelineRows.members(program, shown, r.lockClass()) : null;
        }
        rowHeight = painter.rowHeight();
        axisHeight = painter.axisHeight();
        gutter = painter.gutterWidth(rows, Math.min(program.threadCount(), TimelineOverlay.MAX_DOTS));
        scrollY = Math.min(scrollY, geometry().maxScroll(rows.size()));
        baseDirty = true;
    }

    private TimelineGeometry geometry() {
        return new TimelineGeometry(gutter, axisHeight, rowHeight, base.getWidth(), base.getHeight(), scrollY);
    }

    private TimelinePainter.Picture picture() {
        return new TimelinePainter.Picture(geometry(), vp, index, rows, members, columns, program::threadLabel);
    }

    @Override
    protected void layoutChildren() {
        // Whole pixels: a canvas of fractional size is drawn scaled, which is slow on the software pipeline.
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.resize(w, h);
            baseDirty = true;
        }
        if (trace != null && baseDirty) {
            if (rowsVersion != index.version()) {
                rebuildRows();
            }
            vp.resize(geometry().plotWidth(), columns);
            if (follow) {
                vp.reveal(step);
            }
            scrollY = Math.min(scrollY, geometry().maxScroll(rows.size()));
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }

    private void paint() {
        if (trace == null || base.getWidth() < 20 || base.getHeight() < 20) {
            return;
        }
        TimelinePainter.Picture s = picture();
        if (baseDirty) {
            baseDirty = false;
            painter.paint(new CanvasDrawing(base.getGraphicsContext2D()), s);
            overlay.invalidate();
        }
        overlay.paint(s, step, hovered, hoveredRow);
    }

    // ---- input ------------------------------------------------------------------------------------

    private void scroll(ScrollEvent e) {
        if (trace == null) {
            return;
        }
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isControlDown()) {
            zoomBy(Math.exp(dy * 0.004), e.getX());
        } else if (e.isShiftDown() || Math.abs(dx) > Math.abs(dy)) {
            panBy(-(dx != 0 ? dx : dy), 0);
        } else if (geometry().maxScroll(rows.size()) > 0) {
            panBy(0, -dy);
        } else {
            panBy(-dy, 0);
        }
        e.consume();
    }

    private void zoomBy(double factor, double x) {
        if (trace != null) {
            vp.zoom(factor, Math.max(0, x - gutter));
            userMoved();
        }
    }

    private void drag(MouseEvent e) {
        panBy(dragX - e.getX(), dragY - e.getY());
        dragX = e.getX();
        dragY = e.getY();
    }

    private void panBy(double dx, double dy) {
        if (trace == null) {
            return;
        }
        vp.pan(dx);
        scrollY = Math.max(0, Math.min(geometry().maxScroll(rows.size()), scrollY + dy));
        userMoved();
    }

    /** After a zoom or pan: keep following the cursor only if it is still in view. */
    private void userMoved() {
        follow = vp.isVisible(step);
        baseDirty = true;
        paint();
    }

    private void hover(double x, double y) {
        int row = trace == null || y < 0 ? -1 : geometry().rowAt(y);
        int lane = row >= 0 && row < rows.size() && x < gutter ? row : -1;
        Segment seg = row >= 0 && row < rows.size() && x >= gutter ? segmentAt(row, x, y) : null;
        boolean segmentChanged = seg == null ? hovered != null : !seg.equals(hovered);
        if (!segmentChanged && lane == hoveredLane) {
            return;
        }
        hovered = seg;
        hoveredRow = seg == null ? -1 : row;
        hoveredLane = lane;
        if (seg != null) {
            tooltip.setText(describe(seg));
            Tooltip.install(this, tooltip);
        } else if (lane >= 0) {
            // A lane's name: what the lock is and what it protects (the facts sheet's inventory).
            String cls = program.lockClassName(rows.get(lane).lockClass());
            tooltip.setText(LockFacts.describe(cls, program.scenario().locks().get(cls)));
            Tooltip.install(this, tooltip);
        } else {
            tooltip.hide();
            Tooltip.uninstall(this, tooltip);
        }
        if (segmentChanged) {
            paint();
        }
    }

    /** The tooltip text shown now (tests): a segment's, a lane's, or none. */
    String tooltipText() {
        return hovered == null && hoveredLane < 0 ? null : tooltip.getText();
    }

    /** Hovers canvas point (x, y) as the mouse would (tests). */
    void hoverAt(double x, double y) {
        hover(x, y);
    }

    private void click(MouseEvent e) {
        if (trace == null || !e.isStillSincePress()) {
            return;
        }
        TimelineGeometry geo = geometry();
        int row = geo.rowAt(e.getY());
        if (row < 0 && e.getX() >= gutter) {
            int s = (int) Math.floor(vp.stepAt(e.getX() - gutter));
            onJump.accept(Math.max(0, Math.min(trace.size(), s)));
        } else if (row >= 0 && row < rows.size() && e.getX() < gutter && rows.get(row).header()) {
            Row r = rows.get(row);
            userChoice.put(program.lockClassName(r.lockClass()), !r.expanded());
            rebuildRows();
            paint();
        } else if (row >= 0 && row < rows.size()) {
            Segment seg = segmentAt(row, e.getX(), e.getY());
            if (seg != null) {
                onJump.accept(seg.start());
            }
        }
    }

    /** The segment under canvas point (x, y) in row {@code row}: a hold in the upper band, a wait in the lower. */
    Segment segmentAt(int row, double x, double y) {
        TimelineGeometry geo = geometry();
        int s = (int) Math.floor(vp.stepAt(x - gutter));
        if (s < 0 || s >= columns) {
            return null;
        }
        double top = geo.rowY(row);
        boolean waitBand = y >= geo.waitTop(top);
        Row r = rows.get(row);
        int[] instances = r.header() ? members[row] : new int[] {r.instance()};
        Segment best = null;
        for (int inst : instances) {
            for (Segment seg : index.segmentsAt(inst, s)) {
                boolean isWait = seg.kind() == Kind.WAIT || seg.kind() == Kind.TRY_FAILED;
                if (isWait != waitBand) {
                    continue;
                }
                if (seg.kind() == Kind.SHARED && !r.header()) {
                    int depth = index.depth(inst, false);
                    int slot = (int) Math.floor((y - geo.holdTop(top)) / (geo.holdHeight() / depth));
                    if (slot == seg.slot()) {
                        return seg;
                    }
                }
                best = best == null ? seg : best;
            }
        }
        return best;
    }

    private String describe(Segment seg) {
        String lock = program.lockInstanceName(seg.lock());
        String who = "\"" + program.threadLabel(seg.thread()) + "\"";
        String until = seg.open() ? "still at step " + trace.size() : "until step " + seg.end();
        String kind = program.lockKind(seg.lock()).keyword();
        return switch (seg.kind()) {
            case HOLD -> lock + " (" + kind + ")\nheld by " + who + " from step " + seg.start() + ", " + until
                    + "\nclick to jump to step " + seg.start();
            case SHARED -> lock + " (" + kind + ")\nread-held by " + who + " from step " + seg.start() + ", " + until
                    + "\nclick to jump to step " + seg.start();
            case WAIT -> lock + " (" + kind + ")\n" + who + " waits for it from step " + seg.start() + ", "
                    + (seg.open() ? "still waiting at step " + trace.size() : "until step " + seg.end())
                    + "\nclick to jump to step " + seg.start();
            case TRY_FAILED -> lock + "\n" + who + ": trylock failed at step " + seg.start()
                    + "\nclick to jump to step " + seg.start();
        };
    }

    /** Scrolls the lanes (not the steps) so that row {@code row} is in view: a tour points at it. */
    public void revealRow(int row) {
        TimelineGeometry geo = geometry();
        if (row < 0 || row >= rows.size() || geo.rowY(row) >= geo.axis() && geo.rowY(row) + geo.row() <= geo.height()) {
            return;
        }
        scrollY = Math.max(0, Math.min(geo.maxScroll(rows.size()), row * geo.row() - geo.row()));
        baseDirty = true;
        paint();
    }

    /** The height that shows every row without scrolling: the axis and each row's pitch. */
    public double contentHeight() {
        return axisHeight + rows.size() * rowHeight + 2;
    }

    /** The rows shown (headers and lanes), for tests and for the window's own use. */
    public List<Row> rows() {
        return rows;
    }

    /** The canvas point at the middle of column {@code step} in the hold band of row {@code row}. */
    public javafx.geometry.Point2D pointOf(int row, double step) {
        TimelineGeometry geo = geometry();
        return new javafx.geometry.Point2D(gutter + vp.x(step + 0.5), geo.holdTop(geo.rowY(row)) + geo.holdHeight() / 2);
    }
}
