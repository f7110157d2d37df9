package io.lockstep.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The SVG back end's text: groups for transforms and clips, rounded numbers, escaped XML. */
class SvgDrawingTest {
    @Test
    void groupsOpenWithTheirTransformAndCloseWithTheRestore() {
        SvgDrawing d = new SvgDrawing(100, 50);
        d.save();
        d.translate(10.004, 2.5);
        d.clip(PathData.rect(0, 0, 20, 20));
        d.fillRect(0, 0, 5, 5, Color.web("#ff000080"));
        d.restore();
        String svg = d.toSvg();
        assertTrue(svg.contains("<g transform=\"translate(10 2.5)\">\n<clipPath id=\"clip0\"><path d=\"M0 0 L20 0 L20 20"
                + " L0 20 Z\"/></clipPath>\n<g clip-path=\"url(#clip0)\">\n<path d=\"M0 0 L5 0 L5 5 L0 5 Z\" fill=\"#ff0000\""
                + " fill-opacity=\"0.502\"/>\n</g>\n</g>\n</svg>\n"), svg);
    }

    @Test
    void xmlSpecialsAreEscapedAndForbiddenCharactersDropped() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;", SvgDrawing.escape("a <b> & \"c\" 'd'\u0001"));
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndNoNegativeZero() {
        assertEquals("0", PathData.number(-0.001));
        assertEquals("1.5", PathData.number(1.5));
        assertEquals("-2.33", PathData.number(-2.3333));
        assertEquals("120", PathData.number(120.0));
    }
}
