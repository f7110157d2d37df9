package io.lockstep.ui.view;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.scene.paint.Color;

/**
 * Short colour fades of the memory-map cells that changed state, so that a block going online is
 * seen to change rather than blink. Runs a timer only while some fade is in progress, and touches
 * only the fading cells.
 */
final class CellFades {
    static final long DURATION_NS = 300_000_000L;

    /** Gives one cell a colour (the map sets its rectangle's fill). */
    interface CellPainter {
        void paint(int block, Color color);
    }

    private static final class Fade {
        final Color from;
        final Color to;
        long start = -1; // set on the first frame, so a fade starts when it is first seen

        Fade(Color from, Color to) {
            this.from = from;
            this.to = to;
        }

        Color at(long now) {
            double t = start < 0 ? 0 : Math.min(1, (now - start) / (double) DURATION_NS);
            return from.interpolate(to, t * t * (3 - 2 * t)); // smoothstep: eases in and out
        }
    }

    private final Map<Integer, Fade> active = new LinkedHashMap<>();
    private final CellPainter painter;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };
    private boolean running;

    CellFades(CellPainter painter) {
        this.painter = painter;
    }

    /** Fades {@code block} from {@code from} (or from wherever its running fade is) to {@code to}. */
    void start(int block, Color from, Color to) {
        Fade running = active.get(block);
        Color start = running == null ? from : running.at(System.nanoTime());
        active.put(block, new Fade(start, to));
        painter.paint(block, start);
        if (!this.running) {
            this.running = true;
            timer.start();
        }
    }

    /** Drops every fade without painting (the caller repaints everything). */
    void clear() {
        active.clear();
        stop();
    }

    private void tick(long now) {
        for (Iterator<Map.Entry<Integer, Fade>> it = active.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, Fade> e = it.next();
            Fade f = e.getValue();
            if (f.start < 0) {
                f.start = now;
            }
            painter.paint(e.getKey(), f.at(now));
            if (now - f.start >= DURATION_NS) {
                it.remove();
            }
        }
        if (active.isEmpty()) {
            stop();
        }
    }

    private void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }
}
