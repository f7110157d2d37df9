package io.lockstep.ui.view.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.event.LockOrderEdge;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Found;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layered layout on every sample: no text box overlaps another, the closing edge of each
 * inversion points upward, nothing moves while the shortest schedules are stepped through, and
 * the same input gives the same numbers.
 */
class LayeredLayoutTest {
    static java.util.stream.Stream<Path> samples() throws java.io.IOException {
        return LayoutSamples.all();
    }

    static void assertNoOverlaps(String what, List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j))) {
                    fail(what + ": " + boxes.get(i) + " overlaps " + boxes.get(j));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noTextOverlapsAndEachInversionClosesUpward(Path file) {
        Program p = LayoutSamples.program(file);
        ExplorationResult r = LayoutSamples.explore(p);
        GraphLayout g = LayoutSamples.layout(p, r);
        assertNoOverlaps(file.toString(), g.textBoxes());
        for (Found f : r.findings()) {
            if (f.finding() instanceof Finding.Inversion inv && !inv.recursive()) {
                Trace t = new ReplayScheduler(f.schedule()).drive(new TraceRecorder(p, null), f.schedule().size());
                LockOrderEdge closing = closingEdge(t, inv);
                Route route = g.routes().get(Arc.key(closing.from(), closing.to()));
                assertTrue(route.upward(), file + ": " + inv.summary() + ", closed by " + route.from() + "->" + route.to());
                assertTrue(g.nodes().get(closing.from()).y() > g.nodes().get(closing.to()).y(), file + ": drawn upward");
            }
        }
        for (Route route : g.routes().values()) {
            if (!route.upward() && !route.selfLoop()) {
                assertTrue(g.layerOf(route.from()) < g.layerOf(route.to()), file + ": " + route.from() + "->" + route.to());
            }
        }
    }

    static LockOrderEdge closingEdge(Trace t, Finding.Inversion inv) {
        LockOrderEdge closing = io.lockstep.engine.Scenarios.closingEdge(t, inv);
        assertNotNull(closing, inv::summary);
        return closing;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void nothingMovesWhileTheShortestSchedulesAreSteppedThrough(Path file) {
        Program p = LayoutSamples.program(file);
        ExplorationResult r = LayoutSamples.explore(p);
        GraphLayout base = LayoutSamples.layout(p, r);
        LayoutKeeper keeper = new LayoutKeeper(LayoutSamples.classes(p), LayoutSamples.sizes(p), LayoutSamples.LABEL_W,
                LayoutSamples.LABEL_H);
        keeper.explored(LayoutSamples.arcs(r));
        for (Found f : r.findings()) {
            Trace t = new ReplayScheduler(f.schedule()).drive(new TraceRecorder(p, null), f.schedule().size());
            List<Arc> made = new ArrayList<>();
            for (int step = 0; step <= t.size(); step++) {
                int s = step;
                t.forEachEvent(s == 0 ? 0 : s - 1, s, e -> {
                    if (e instanceof LockOrderEdge o) {
                        made.add(new Arc(o.from(), o.to(), false));
                    }
                });
                GraphLayout now = keeper.layoutFor(made);
                assertEquals(base.nodes(), now.nodes(), file + " step " + step);
                assertEquals(base.routes().keySet(), now.routes().keySet(), file + " step " + step);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSameInputGivesTheSameDrawing(Path file) {
        Program p = LayoutSamples.program(file);
        ExplorationResult r = LayoutSamples.explore(p);
        GraphLayout a = LayoutSamples.layout(p, r);
        List<Arc> shuffled = new ArrayList<>(LayoutSamples.arcs(r));
        java.util.Collections.reverse(shuffled);
        GraphLayout b = LayeredLayout.compute(new Spec(LayoutSamples.classes(p), LayoutSamples.arcs(r),
                LayoutSamples.sizes(p), LayoutSamples.LABEL_W, LayoutSamples.LABEL_H));
        assertEquals(a.nodes(), b.nodes());
        for (String k : a.routes().keySet()) {
            assertArrayEquals(a.routes().get(k).points(), b.routes().get(k).points(), k);
        }
    }

    /**
     * Twelve classes and thirty edges, like a busy scenario: the pane at 1600x1000 shows it at 75% or
     * more (a 13 px font stays at about 10 px; Enlarge and the zoom give more).
     */
    @Test
    void twelveClassesAndThirtyEdgesFitThePaneOfA1600By1000Window() {
        List<String> classes = new ArrayList<>();
        Map<String, double[]> sizes = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            String c = "lock_class_" + (char) ('a' + i) + "_mutex";
            classes.add(c);
            sizes.put(c, new double[] {7.5 * c.length() + 18, 24});
        }
        List<Arc> arcs = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(7);
        while (arcs.size() < 30) {
            int a = rnd.nextInt(12);
            int b = rnd.nextInt(12);
            Arc arc = a < b || rnd.nextInt(8) == 0 ? new Arc(classes.get(a), classes.get(b), a > b)
                    : new Arc(classes.get(b), classes.get(a), false);
            if (a != b && arcs.stream().noneMatch(x -> x.key().equals(arc.key()))) {
                arcs.add(arc);
            }
        }
        GraphLayout g = LayeredLayout.compute(new Spec(classes, arcs, sizes, LayoutSamples.LABEL_W, LayoutSamples.LABEL_H));
        assertEquals(12, g.nodes().size());
        assertEquals(30, g.routes().size());
        assertNoOverlaps("synthetic", g.textBoxes());
        double scale = Math.min(PANE_WIDTH / g.width(), PANE_HEIGHT / g.height());
        assertTrue(scale >= 0.75, () -> "scale " + scale + " for " + g.width() + " x " + g.height());
    }

    /** The drawing area of the graph pane in the window at 1600x1000 (measured from the screenshot). */
    static final double PANE_WIDTH = 660;
    static final double PANE_HEIGHT = 300;

    /** A run that goes past what the exploration saw: what it adds is placed around, never over. */
    @Test
    void edgesAndClassesTheLayoutDidNotKnowMoveNothing() {
        Program p = LayoutSamples.program(Path.of("samples", "v40-hotadd-vs-udev-deadlock.lks"));
        GraphLayout base = LayoutSamples.layout(p, LayoutSamples.explore(p));
        List<Arc> extra = List.of(new Arc("zone_span_seqlock", "cpu_hotplug_lock", false),
                new Arc("kernfs_mutex", "kernfs_mutex", false), new Arc("device_lock", "brand_new_lock", false),
                new Arc("brand_new_lock", "mem_hotplug_lock", false));
        GraphLayout more = base.extendedWith(extra, LayoutSamples.sizes(p), LayoutSamples.LABEL_W, LayoutSamples.LABEL_H);
        base.nodes().forEach((c, b) -> assertEquals(b, more.nodes().get(c), c));
        base.routes().forEach((k, r) -> assertEquals(r.label(), more.routes().get(k).label(), k));
        assertTrue(more.nodes().containsKey("brand_new_lock"));
        extra.forEach(a -> assertTrue(more.routes().get(a.key()).extra(), a.key()));
        assertNoOverlaps("extended", more.textBoxes());
        assertTrue(more.textBoxes().stream().allMatch(b -> b.maxX() <= more.width() && b.maxY() <= more.height()));
    }

    @Test
    void isotonicRegressionPoolsViolators() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, RowPlacement.isotonic(new double[] {1, 3, 2, 4}), 1e-9);
    }
}
