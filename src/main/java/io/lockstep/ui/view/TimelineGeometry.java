package io.lockstep.ui.view;

/**
 * The fixed parts of the lock timeline's picture: a label gutter on the left, a step axis on top,
 * rows of equal height below it scrolled by {@code scrollY}. Pure arithmetic.
 */
public record TimelineGeometry(double gutter, double axis, double row, double width, double height, double scrollY) {

    public double plotWidth() {
        return Math.max(1, width - gutter);
    }

    /** Top of row {@code i} on the canvas. */
    public double rowY(int i) {
        return axis + i * row - scrollY;
    }

    /** The row at canvas y, or -1 above the rows (the axis). May be past the last row. */
    public int rowAt(double y) {
        return y < axis ? -1 : (int) Math.floor((y - axis + scrollY) / row);
    }

    public int firstVisibleRow() {
        return Math.max(0, (int) Math.floor(scrollY / row));
    }

    public int lastVisibleRowExclusive(int rows) {
        return Math.min(rows, (int) Math.ceil((scrollY + height - axis) / row));
    }

    /** The largest useful scroll for {@code rows} rows. */
    public double maxScroll(int rows) {
        return Math.max(0, rows * row - (height - axis));
    }

    /** The exclusive-hold band of a row: the upper part; waits go below it. */
    public double holdTop(double rowY) {
        return rowY + 2;
    }

    public double holdHeight() {
        return Math.max(2, (row - 5) * 0.64);
    }

    public double waitTop(double rowY) {
        return holdTop(rowY) + holdHeight() + 1;
    }

    public double waitHeight() {
        return Math.max(2, row - 5 - holdHeight());
    }
}
