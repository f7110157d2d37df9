package io.lockstep.ui.bench;

import io.lockstep.engine.Program;
import io.lockstep.explore.RandomScheduler;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import io.lockstep.ui.view.LockGraphView;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.view.MemoryMapView;
import io.lockstep.ui.view.Theme;
import io.lockstep.ui.view.TraceView;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Plays a generated 100k-step run over 4,096 memory blocks through the three views and prints what
 * performance.md asks for: frame times (p50, p99, max of the AnimationTimer's now − last), the FX
 * thread's work per frame (time in the views' update calls, and the whole pulse up to layout),
 * seek time (trace.stateAt alone, and with the three updates) and heap. The run comes from the real
 * engine: a generated scenario driven by a seeded random scheduler.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/lockstep.jar io.lockstep.ui.bench.UiBenchmark
 *     [--steps 100000] [--blocks 4096] [--seed 1] [--frames 600] [--seeks 300] [--presentation] [--uncapped]
 * </pre>
 * {@code --uncapped} lets JavaFX pulse as fast as it can instead of at 60 Hz (frame times then show
 * the headroom). Numbers are printed, never asserted: the machines are shared and noisy.
 */
public final class UiBenchmark {
    private record Options(int steps, int blocks, long seed, int frames, int seeks, boolean presentation,
            boolean uncapped, String views) {}

    private UiBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw"); // Xvfb has no GL that Prism accepts
        }
        if (o.uncapped()) {
            System.setProperty("javafx.animation.fullspeed", "true");
        }
        Trace trace = record(o);
        System.gc();
        long heapWithRun = usedHeap();
        System.out.printf("  heap after recording (the run and its program): %d MB%n", heapWithRun >> 20);

        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> show(trace, o, done));
        done.await();
        Platform.exit();
    }

    private static Options parse(String[] args) {
        int steps = 100_000;
        int blocks = 4096;
        long seed = 1;
        int frames = 600;
        int seeks = 300;
        boolean presentation = false;
        boolean uncapped = false;
        String views = "map,timeline,graph";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--blocks" -> blocks = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--frames" -> frames = Integer.parseInt(args[++i]);
                case "--seeks" -> seeks = Integer.parseInt(args[++i]);
                case "--presentation" -> presentation = true;
                case "--uncapped" -> uncapped = true;
                case "--views" -> views = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (options: --steps N --blocks N --seed N --frames N --seeks N --presentation --uncapped"
                        + " --views map,timeline,graph)");
            }
        }
        return new Options(steps, blocks, seed, frames, seeks, presentation, uncapped, views);
    }

    private static Trace record(Options o) {
        int hotplug = 6;
        int readers = 2;
        long t0 = System.nanoTime();
        String text = BenchScenario.text(o.blocks(), hotplug, readers, o.steps() / 60 + 10);
        Loaded loaded = ScenarioLoader.loadText("ui-benchmark.lks", text, null, null);
        if (!loaded.ok()) {
            throw new IllegalStateException("the generated scenario does not load: " + loaded.errors());
        }
        long t1 = System.nanoTime();
        Program program = Program.compile(loaded.scenario());
        long t2 = System.nanoTime();
        Trace trace = new RandomScheduler(o.seed()).drive(new TraceRecorder(program, null), o.steps());
        long t3 = System.nanoTime();
        System.out.printf("UI benchmark: %d steps over %d blocks, %d threads (%d hotplug, %d readers), %d lock instances, seed %d%n",
                trace.size(), o.blocks(), program.threadCount(), hotplug, readers, program.lockInstanceCount(), o.seed());
        System.out.printf("  generated scenario %d kB: loaded in %.2f s, compiled in %.2f s, run recorded in %.2f s (%.0f steps/s)%n",
                text.length() >> 10, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, trace.size() / ((t3 - t2) / 1e9));
        return trace;
    }

    private static void show(Trace trace, Options o, CountDownLatch done) {
        MemoryMapView map = new MemoryMapView();
        LockTimelineView timeline = new LockTimelineView();
        LockGraphView graph = new LockGraphView();
        List<TraceView> views = new java.util.ArrayList<>();
        if (o.views().contains("map")) {
            views.add(map);
        }
        if (o.views().contains("timeline")) {
            views.add(timeline);
        }
        if (o.views().contains("graph")) {
            views.add(graph);
        }
        javafx.scene.Parent root;
        if (Boolean.getBoolean("bench.grid")) {
            javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
            map.setPrefSize(820, 520);
            graph.setPrefSize(680, 520);
            timeline.setPrefSize(1500, 430);
            grid.add(map, 0, 0);
            grid.add(graph, 1, 0);
            grid.add(timeline, 0, 1, 2, 1);
            root = grid;
        } else {
            SplitPane top = new SplitPane(map, graph);
            top.setDividerPositions(0.55);
            SplitPane split = new SplitPane(top, timeline);
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.55);
            root = split;
        }
        Scene scene = new Scene(root, 1500, 950);
        Theme.apply(scene, o.presentation(), false);
        Stage stage = new Stage();
        stage.setTitle("Lockstep UI benchmark");
        stage.setScene(scene);
        stage.show();

        long[] first = new long[views.size()];
        for (int i = 0; i < views.size(); i++) {
            long t = System.nanoTime();
            views.get(i).update(trace, 0);
            first[i] = System.nanoTime() - t;
        }
        StringBuilder firsts = new StringBuilder("  first update, indexing the whole run:");
        for (int i = 0; i < views.size(); i++) {
            firsts.append(String.format(" %s %.1f ms", views.get(i).getClass().getSimpleName(), first[i] / 1e6));
        }
        System.out.println(firsts);
        new Player(trace, o, views, scene, done).start();
    }

    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** What the heap held right after the last collection (live data plus what that GC left): garbage excluded. */
    static long heapAfterLastGc() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            sum += u == null ? 0 : u.getUsed();
        }
        return sum;
    }

    /** The frame loop: warm-up, normal play, fast play, random seeks; then the report. */
    private static final class Player extends AnimationTimer {
        private static final int WARMUP = 90;

        private final Trace trace;
        private final Options o;
        private final List<TraceView> views;
        private final CountDownLatch done;
        private final SplittableRandom random;
        private final Samples[] frame = {new Samples(), new Samples(), new Samples()};
        private final Samples[] work = {new Samples(), new Samples(), new Samples()};
        private final Samples[] pulse = {new Samples(), new Samples(), new Samples()};
        private final Samples seekState = new Samples();
        /** Per view, over every measured frame: which view the FX work goes to. */
        private final Samples[] perView;
        private long last;
        private long handleStart;
        private int phase = -1; // -1 warm-up, 0 play, 1 fast play, 2 seeks
        private int framesInPhase;
        private int step;
        private long maxHeap;
        private long maxAfterGc;

        Player(Trace trace, Options o, List<TraceView> views, Scene scene, CountDownLatch done) {
            this.trace = trace;
            this.o = o;
            this.views = views;
            this.done = done;
            this.random = new SplittableRandom(o.seed());
            this.perView = new Samples[views.size()];
            for (int i = 0; i < perView.length; i++) {
                perView[i] = new Samples();
            }
            // Everything the FX thread does in a pulse up to rendering: timers (ours first), CSS, layout.
            scene.addPostLayoutPulseListener(() -> {
                if (phase >= 0 && handleStart != 0) {
                    pulse[phase].add(System.nanoTime() - handleStart);
                    handleStart = 0;
                }
            });
        }

        @Override
        public void handle(long now) {
            handleStart = System.nanoTime();
            if (last != 0 && phase >= 0) {
                frame[phase].add(now - last);
            }
            last = now;
            int stride = Math.max(1, trace.size() / o.frames());
            int target = switch (phase) {
                case -1, 0 -> Math.min(trace.size(), step + 1);
                case 1 -> Math.min(trace.size(), step + stride);
                default -> random.nextInt(trace.size() + 1);
            };
            if (phase == 2) {
                long t = System.nanoTime();
                trace.stateAt(target);
                seekState.add(System.nanoTime() - t);
            }
            long t = System.nanoTime();
            for (int i = 0; i < views.size(); i++) {
                long v0 = System.nanoTime();
                views.get(i).update(trace, target);
                if (phase >= 0) {
                    perView[i].add(System.nanoTime() - v0);
                }
            }
            if (phase >= 0) {
                work[phase].add(System.nanoTime() - t);
            }
            step = target;
            if (++framesInPhase % 30 == 0) {
                maxHeap = Math.max(maxHeap, usedHeap());
                maxAfterGc = Math.max(maxAfterGc, heapAfterLastGc());
            }
            int length = phase == -1 ? WARMUP : phase == 2 ? o.seeks() : o.frames();
            if (framesInPhase >= length) {
                framesInPhase = 0;
                phase++;
                if (phase == 1) {
                    step = 0;
                }
                if (phase == 3) {
                    stop();
                    report();
                    done.countDown();
                }
            }
        }

        private void report() {
            String[] names = {
                "play, 1 step a frame (" + o.frames() + " frames)",
                "fast play, " + Math.max(1, trace.size() / o.frames()) + " steps a frame (" + o.frames() + " frames)",
                "seek to a random step every frame (" + o.seeks() + " frames)"};
            for (int p = 0; p < 3; p++) {
                System.out.println("  " + names[p] + ":");
                System.out.println("      frame interval (now - last)   " + frame[p].summary()
                        + String.format("   (%.1f frames/s at p50)", 1000 / frame[p].percentileMs(50)));
                System.out.println("      FX work in the 3 updates      " + work[p].summary());
                System.out.println("      FX pulse up to layout         " + pulse[p].summary());
            }
            System.out.println("  seek: trace.stateAt(n) alone         " + seekState.summary());
            for (int i = 0; i < views.size(); i++) {
                System.out.printf("  %-18s update, all phases  %s%n", views.get(i).getClass().getSimpleName(),
                        perView[i].summary());
            }
            System.gc();
            System.out.printf("  heap: %d MB after a full GC at the end; at most %d MB right after a collection while"
                    + " playing; %d MB used at the busiest sample, garbage included (max heap %d MB)%n",
                    usedHeap() >> 20, maxAfterGc >> 20, maxHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("  targets (performance.md): 60 frames/s with p99 frame <= 16.7 ms; FX work under ~2 ms a"
                    + " frame; any step reachable in under 1 ms; heap under 256 MB");
        }
    }
}
