package io.lockstep.ui.bench;

import io.lockstep.trace.Trace;
import io.lockstep.ui.view.TraceView;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * The benchmark's frame loop, one phase after the other: warm-up; idle (the views on screen but
 * not updated: the frame-time floor of the machine, to read the other phases against); play at one
 * step a frame; fast play through the whole run; a random seek every frame. Then the report.
 */
final class BenchPlayer extends AnimationTimer {
    private enum Phase { WARMUP, IDLE, PLAY, FAST, SEEK, DONE }

    private static final int WARMUP_FRAMES = 90;
    private static final int IDLE_FRAMES = 300;

    private final Trace trace;
    private final List<TraceView> views;
    private final int frames;
    private final int seeks;
    private final SplittableRandom random;
    private final Runnable whenDone;
    private final Map<Phase, Samples> frame = new EnumMap<>(Phase.class);
    private final Map<Phase, Samples> work = new EnumMap<>(Phase.class);
    private final Map<Phase, Samples> pulse = new EnumMap<>(Phase.class);
    private final Samples seekState = new Samples();
    /** Per view, over every updating frame: where the FX work goes. */
    private final Samples[] perView;
    private Phase phase = Phase.WARMUP;
    private long last;
    private long handleStart;
    private int framesInPhase;
    private int step;
    private long maxHeap;

    BenchPlayer(Trace trace, List<TraceView> views, Scene scene, int frames, int seeks, long seed, Runnable whenDone) {
        this.trace = trace;
        this.views = views;
        this.frames = frames;
        this.seeks = seeks;
        this.random = new SplittableRandom(seed);
        this.whenDone = whenDone;
        for (Phase p : Phase.values()) {
            frame.put(p, new Samples());
            work.put(p, new Samples());
            pulse.put(p, new Samples());
        }
        perView = new Samples[views.size()];
        for (int i = 0; i < perView.length; i++) {
            perView[i] = new Samples();
        }
        // What the FX thread does in a pulse up to rendering: animation timers (this one first), CSS, layout.
        scene.addPostLayoutPulseListener(() -> {
            if (handleStart != 0) {
                pulse.get(phase).add(System.nanoTime() - handleStart);
                handleStart = 0;
            }
        });
    }

    @Override
    public void handle(long now) {
        handleStart = System.nanoTime();
        if (last != 0) {
            frame.get(phase).add(now - last);
        }
        last = now;
        if (phase != Phase.IDLE) {
            updateViews(nextStep());
        }
        if (++framesInPhase % 30 == 0) {
            maxHeap = Math.max(maxHeap, UiBenchmark.usedHeap());
        }
        if (framesInPhase >= length(phase)) {
            framesInPhase = 0;
            phase = Phase.values()[phase.ordinal() + 1];
            step = phase == Phase.FAST ? 0 : step;
            if (phase == Phase.DONE) {
                stop();
                report();
                whenDone.run();
            }
        }
    }

    private int length(Phase p) {
        return switch (p) {
            case WARMUP -> WARMUP_FRAMES;
            case IDLE -> IDLE_FRAMES;
            case SEEK -> seeks;
            default -> frames;
        };
    }

    private int stride() {
        return Math.max(1, trace.size() / frames);
    }

    private int nextStep() {
        if (phase == Phase.SEEK) {
            int target = random.nextInt(trace.size() + 1);
            long t = System.nanoTime();
            trace.stateAt(target);
            seekState.add(System.nanoTime() - t);
            return target;
        }
        return Math.min(trace.size(), step + (phase == Phase.FAST ? stride() : 1));
    }

    private void updateViews(int target) {
        long t = System.nanoTime();
        for (int i = 0; i < views.size(); i++) {
            long v0 = System.nanoTime();
            views.get(i).update(trace, target);
            if (phase != Phase.WARMUP) {
                perView[i].add(System.nanoTime() - v0);
            }
        }
        work.get(phase).add(System.nanoTime() - t);
        step = target;
    }

    private void report() {
        line(Phase.IDLE, "idle: views on screen, not updated (this machine's frame-time floor)");
        line(Phase.PLAY, "play, 1 step a frame");
        line(Phase.FAST, "fast play, " + stride() + " steps a frame");
        line(Phase.SEEK, "seek to a random step every frame");
        System.out.println("  seek: trace.stateAt(n) alone         " + seekState.summary());
        for (int i = 0; i < views.size(); i++) {
            System.out.printf("  %-18s update, all phases  %s%n", views.get(i).getClass().getSimpleName(),
                    perView[i].summary());
        }
        System.gc();
        System.out.printf("  heap: %d MB live after a full GC at the end; %d MB used at the busiest sample while playing,"
                + " garbage included (max heap %d MB)%n",
                UiBenchmark.usedHeap() >> 20, maxHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private void line(Phase p, String name) {
        Samples f = frame.get(p);
        System.out.println("  " + name + " (" + f.count() + " frames):");
        System.out.println("      frame interval (now - last)   " + f.summary()
                + String.format("   (%.1f frames/s at p50)", 1000 / f.percentileMs(50)));
        if (p != Phase.IDLE) {
            System.out.println("      FX work in the view updates   " + work.get(p).summary());
        }
        System.out.println("      FX pulse up to layout         " + pulse.get(p).summary());
    }
}
