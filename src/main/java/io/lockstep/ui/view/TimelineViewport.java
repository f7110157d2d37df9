package io.lockstep.ui.view;

/**
 * Which steps the lock timeline shows: the step at the left edge and the pixels per step, over a
 * plot of a given width, for a run of {@code columns} columns (steps 0..size). Zoom keeps the step
 * under the mouse in place; the window never scrolls beyond the run; while the user has not zoomed,
 * the zoom follows the run's length (everything visible for short runs). Pure arithmetic, tested
 * without a screen.
 */
public final class TimelineViewport {
    /** Never more pixels per step than this (a column wider than a thumb helps nobody). */
    public static final double MAX_PX_PER_STEP = 64;
    /** While zoom is automatic, never fewer than this: long runs scroll instead of turning to mush. */
    public static final double AUTO_MIN_PX_PER_STEP = 6;
    /** Automatic zoom treats shorter runs as this long, so that the first steps are not absurdly wide. */
    static final int AUTO_MIN_COLUMNS = 40;

    private double width = 1;
    private int columns = 1;
    private double first;
    private double pxPerStep = 24;
    private boolean autoZoom = true;

    /** Sets the plot width and the number of columns; returns true if the window changed. */
    public boolean resize(double width, int columns) {
        double oldFirst = first;
        double oldPx = pxPerStep;
        this.width = Math.max(1, width);
        this.columns = Math.max(1, columns);
        if (autoZoom) {
            pxPerStep = clampZoom(Math.max(AUTO_MIN_PX_PER_STEP, this.width / Math.max(this.columns, AUTO_MIN_COLUMNS)));
        } else {
            pxPerStep = clampZoom(pxPerStep);
        }
        clampFirst();
        return oldFirst != first || oldPx != pxPerStep;
    }

    /** Leaves automatic zoom (the user zoomed) and zooms by {@code factor} about plot x {@code anchorX}. */
    public void zoom(double factor, double anchorX) {
        double anchorStep = stepAt(anchorX);
        autoZoom = false;
        pxPerStep = clampZoom(pxPerStep * factor);
        first = anchorStep - anchorX / pxPerStep;
        clampFirst();
    }

    /** Moves the window by {@code dx} pixels (positive: later steps come into view). */
    public void pan(double dx) {
        first += dx / pxPerStep;
        clampFirst();
    }

    /** Back to automatic zoom (a new run). */
    public void resetZoom() {
        autoZoom = true;
        first = 0;
    }

    /**
     * If column {@code step} is not fully in view, turns the page so it sits a tenth of the way in
     * (playing forward then pages rarely, and each page shows what comes next). Returns true if moved.
     */
    public boolean reveal(int step) {
        if (isVisible(step)) {
            return false;
        }
        first = step - visibleSteps() * 0.1;
        clampFirst();
        return true;
    }

    public boolean isVisible(int step) {
        return step >= first - 1e-9 && step + 1 <= first + visibleSteps() + 1e-9;
    }

    private double clampZoom(double px) {
        double min = width / columns; // the whole run across the plot
        return Math.max(Math.min(min, MAX_PX_PER_STEP), Math.min(MAX_PX_PER_STEP, px));
    }

    private void clampFirst() {
        double max = Math.max(0, columns - visibleSteps());
        first = Math.max(0, Math.min(max, first));
    }

    /** Plot x of the left edge of column {@code step}. */
    public double x(double step) {
        return (step - first) * pxPerStep;
    }

    /** The step (fractional) at plot x. */
    public double stepAt(double x) {
        return first + x / pxPerStep;
    }

    public double first() {
        return first;
    }

    public double pxPerStep() {
        return pxPerStep;
    }

    public double visibleSteps() {
        return width / pxPerStep;
    }

    /** The columns drawn: {@code [firstColumn, lastColumnExclusive)}. */
    public int firstColumn() {
        return (int) Math.floor(first);
    }

    public int lastColumnExclusive() {
        return (int) Math.ceil(first + visibleSteps()) + 1;
    }

    public boolean isAutoZoom() {
        return autoZoom;
    }
}
