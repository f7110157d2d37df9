package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class GraphGeometryTest {
    @Test
    void aRayLeavesABoxThroughTheNearestSide() {
        Point2D c = new Point2D(100, 100);
        assertEquals(new Point2D(150, 100), GraphGeometry.boxExit(c, 50, 10, new Point2D(300, 100)));
        assertEquals(new Point2D(100, 90), GraphGeometry.boxExit(c, 50, 10, new Point2D(100, 0)));
        Point2D corner = GraphGeometry.boxExit(c, 50, 10, new Point2D(200, 200));
        assertEquals(110, corner.getY(), 1e-9);
    }

    @Test
    void oppositeEdgesBendToOppositeSides() {
        Point2D a = new Point2D(0, 0);
        Point2D b = new Point2D(100, 0);
        Point2D ab = GraphGeometry.bend(a, b, 0.2);
        Point2D ba = GraphGeometry.bend(b, a, 0.2);
        assertTrue(ab.getY() * ba.getY() < 0, ab + " " + ba);
        assertEquals(new Point2D(50, 0), GraphGeometry.quadAt(a, new Point2D(50, 0), b, 0.5));
    }

    @Test
    void theEllipseStartsAtTheTopAndArrowsPointAtTheirTip() {
        Point2D top = GraphGeometry.onEllipse(0, 4, 100, 100, 80, 40);
        assertEquals(100, top.getX(), 1e-9);
        assertEquals(60, top.getY(), 1e-9);
        double[] tri = GraphGeometry.arrow(new Point2D(0, 0), new Point2D(10, 0), 4, 2);
        assertEquals(10, tri[0]);
        assertEquals(6, tri[2], 1e-9);
        assertEquals(6, tri[4], 1e-9);
    }
}
