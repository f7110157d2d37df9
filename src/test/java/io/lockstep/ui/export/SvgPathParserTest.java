package io.lockstep.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** CSS shapes read as paths: relative and absolute commands, implied repeats, smooth curves. */
class SvgPathParserTest {
    @Test
    void aMenuArrowIsThreeLinesAndAClose() {
        assertEquals("M0 0 L7 0 L3.5 4 Z", SvgPathParser.parse("M 0 0 h 7 l -3.5 4 z").svg());
    }

    @Test
    void repeatedPairsAfterAMoveAreLinesAndSmoothCurvesMirrorTheirControl() {
        assertEquals("M1 1 L2 2 L3 1", SvgPathParser.parse("M1,1 2,2 3,1").svg());
        assertEquals("M0 0 C0 1 1 1 1 0 C1 -1 2 -1 2 0", SvgPathParser.parse("M0 0C0 1 1 1 1 0S2-1 2 0").svg());
    }

    @Test
    void textThatIsNotPathDataIsRefused() {
        assertNull(SvgPathParser.parse("10 10 L 3 3"));
    }
}
