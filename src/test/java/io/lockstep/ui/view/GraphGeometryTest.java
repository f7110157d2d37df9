package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void arrowsPointAtTheirTip() {
        double[] tri = GraphGeometry.arrow(new Point2D(0, 0), new Point2D(10, 0), 4, 2);
        assertEquals(10, tri[0]);
        assertEquals(6, tri[2], 1e-9);
        assertEquals(6, tri[4], 1e-9);
    }
}
