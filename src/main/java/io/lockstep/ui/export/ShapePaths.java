package io.lockstep.ui.export;

import io.lockstep.ui.draw.PathData;
import java.util.List;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.VLineTo;

/** The outline of a JavaFX shape node as a {@link PathData}, in the node's own coordinates. */
final class ShapePaths {
    private ShapePaths() {}

    /** The shape's outline, or null for a kind the views do not use (it is then left out). */
    static PathData of(Shape s) {
        if (s instanceof Rectangle r) {
            double rx = Math.max(0, r.getArcWidth() / 2);
            double ry = Math.max(0, r.getArcHeight() / 2);
            double rad = Math.min(rx, ry);
            return PathData.roundRect(r.getX(), r.getY(), r.getWidth(), r.getHeight(), rad, rad, rad, rad);
        }
        if (s instanceof Circle c) {
            return PathData.ellipse(c.getCenterX(), c.getCenterY(), c.getRadius(), c.getRadius());
        }
        if (s instanceof Ellipse e) {
            return PathData.ellipse(e.getCenterX(), e.getCenterY(), e.getRadiusX(), e.getRadiusY());
        }
        if (s instanceof Line l) {
            return new PathData().moveTo(l.getStartX(), l.getStartY()).lineTo(l.getEndX(), l.getEndY());
        }
        if (s instanceof Polygon p) {
            return points(p.getPoints(), true);
        }
        if (s instanceof Polyline p) {
            return points(p.getPoints(), false);
        }
        if (s instanceof Path p) {
            return path(p.getElements());
        }
        if (s instanceof SVGPath p) {
            if (p.getContent() == null || p.getContent().isBlank()) {
                return null;
            }
            PathData parsed = SvgPathParser.parse(p.getContent());
            return parsed != null ? parsed : new PathData().svgContent(p.getContent());
        }
        if (s instanceof Arc a) {
            return arc(a);
        }
        return null;
    }

    private static PathData points(List<Double> pts, boolean closed) {
        PathData p = new PathData();
        for (int i = 0; i + 1 < pts.size(); i += 2) {
            if (i == 0) {
                p.moveTo(pts.get(i), pts.get(i + 1));
            } else {
                p.lineTo(pts.get(i), pts.get(i + 1));
            }
        }
        return closed && !p.isEmpty() ? p.close() : p;
    }

    private static PathData arc(Arc a) {
        // JavaFX angles are degrees, counter-clockwise with y up; ours are radians with y down.
        double start = -Math.toRadians(a.getStartAngle());
        double extent = -Math.toRadians(a.getLength());
        double cx = a.getCenterX();
        double cy = a.getCenterY();
        PathData p = new PathData();
        if (a.getType() == ArcType.ROUND) {
            p.moveTo(cx, cy).lineTo(cx + a.getRadiusX() * Math.cos(start), cy + a.getRadiusY() * Math.sin(start));
        } else {
            p.moveTo(cx + a.getRadiusX() * Math.cos(start), cy + a.getRadiusY() * Math.sin(start));
        }
        p.arc(cx, cy, a.getRadiusX(), a.getRadiusY(), start, extent);
        return a.getType() == ArcType.OPEN ? p : p.close();
    }

    private static PathData path(List<PathElement> elements) {
        PathData p = new PathData();
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        for (PathElement e : elements) {
            double ox = e.isAbsolute() ? 0 : x;
            double oy = e.isAbsolute() ? 0 : y;
            if (e instanceof MoveTo m) {
                x = ox + m.getX();
                y = oy + m.getY();
                startX = x;
                startY = y;
                p.moveTo(x, y);
            } else if (e instanceof LineTo l) {
                x = ox + l.getX();
                y = oy + l.getY();
                p.lineTo(x, y);
            } else if (e instanceof HLineTo h) {
                x = ox + h.getX();
                p.lineTo(x, y);
            } else if (e instanceof VLineTo v) {
                y = oy + v.getY();
                p.lineTo(x, y);
            } else if (e instanceof QuadCurveTo q) {
                p.quadTo(ox + q.getControlX(), oy + q.getControlY(), ox + q.getX(), oy + q.getY());
                x = ox + q.getX();
                y = oy + q.getY();
            } else if (e instanceof CubicCurveTo c) {
                p.cubicTo(ox + c.getControlX1(), oy + c.getControlY1(), ox + c.getControlX2(), oy + c.getControlY2(),
                        ox + c.getX(), oy + c.getY());
                x = ox + c.getX();
                y = oy + c.getY();
            } else if (e instanceof ArcTo a) {
                // No view draws an ArcTo; a straight line keeps its ends in place should one appear.
                x = ox + a.getX();
                y = oy + a.getY();
                p.lineTo(x, y);
            } else if (e instanceof ClosePath) {
                p.close();
                x = startX;
                y = startY;
            }
        }
        return p;
    }
}
