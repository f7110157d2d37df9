package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimelineViewportTest {
    @Test
    void aShortRunFillsThePlot() {
        TimelineViewport vp = new TimelineViewport();
        vp.resize(1000, 23);
        assertEquals(0, vp.first());
        assertEquals(1000.0 / 23, vp.pxPerStep(), 1e-9);
        assertTrue(vp.isVisible(22));
    }

    @Test
    void aLongRunScrollsAndRevealTurnsThePage() {
        TimelineViewport vp = new TimelineViewport();
        vp.resize(600, 100_001);
        assertEquals(TimelineViewport.AUTO_MIN_PX_PER_STEP, vp.pxPerStep());
        assertTrue(vp.isVisible(50));
        assertFalse(vp.isVisible(100));
        assertTrue(vp.reveal(100));
        assertTrue(vp.isVisible(100));
        assertEquals(100 - vp.visibleSteps() * 0.1, vp.first(), 1e-9);
        assertFalse(vp.reveal(101), "still in view: no page turn");
    }

    @Test
    void zoomKeepsTheStepUnderTheMouseAndNeverLeavesTheRun() {
        TimelineViewport vp = new TimelineViewport();
        vp.resize(800, 10_001);
        vp.pan(3000);
        double anchor = vp.stepAt(200);
        vp.zoom(2, 200);
        assertFalse(vp.isAutoZoom());
        assertEquals(anchor, vp.stepAt(200), 1e-6);
        vp.zoom(1e-9, 0);
        assertEquals(800.0 / 10_001, vp.pxPerStep(), 1e-12, "zoomed out to the whole run, no further");
        assertEquals(0, vp.first());
        vp.zoom(1e9, 0);
        assertEquals(TimelineViewport.MAX_PX_PER_STEP, vp.pxPerStep());
        vp.pan(-1e9);
        assertEquals(0, vp.first());
        vp.pan(1e12);
        assertEquals(10_001 - vp.visibleSteps(), vp.first(), 1e-6);
    }

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, TimelinePainter.tickEvery(50, 40));
        assertEquals(2, TimelinePainter.tickEvery(25, 40));
        assertEquals(5, TimelinePainter.tickEvery(10, 40));
        assertEquals(5000, TimelinePainter.tickEvery(0.01, 40));
    }
}
