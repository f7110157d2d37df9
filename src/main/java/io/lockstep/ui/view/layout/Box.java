package io.lockstep.ui.view.layout;

/** An axis-aligned rectangle of the graph drawing, in drawing units (pixels at zoom 1). */
public record Box(double x, double y, double w, double h) {
    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    /** Whether the two share interior area (touching edges do not count). */
    public boolean overlaps(Box o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    public Box union(Box o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Box(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
    }

    public Box grow(double by) {
        return new Box(x - by, y - by, w + 2 * by, h + 2 * by);
    }

    /** A box of size w × h centred on (cx, cy). */
    public static Box centred(double cx, double cy, double w, double h) {
        return new Box(cx - w / 2, cy - h / 2, w, h);
    }
}
