package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.nio.file.Path;
import java.util.List;

/** Real runs of the samples for the view tests: no fake data. */
final class Runs {
    /** The v4.0 headline deadlock, the schedule `lockstep check` reports (26 steps; 0 = probe, 1 = udev). */
    static final List<Integer> DEADLOCK_SCHEDULE =
            List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1);

    private Runs() {}

    static Program program(String sample) {
        Loaded l = ScenarioLoader.load(Path.of("samples", sample), null);
        assertTrue(l.ok(), () -> sample + ": " + l.errors());
        return Program.compile(l.scenario());
    }

    static Program program(String name, String text) {
        Loaded l = ScenarioLoader.loadText(name, text, null, null);
        assertTrue(l.ok(), () -> name + ": " + l.errors());
        return Program.compile(l.scenario());
    }

    /** Replays a schedule of thread numbers. */
    static Trace replay(String sample, List<Integer> schedule) {
        TraceRecorder r = new TraceRecorder(program(sample), null);
        schedule.forEach(r::step);
        return r.trace();
    }

    /** The v4.0 deadlock, up to and including step 26 where it closes. */
    static Trace deadlock() {
        return replay("v40-hotadd-vs-udev-deadlock.lks", DEADLOCK_SCHEDULE);
    }

    /**
     * The v4.18 lost update of present_pages: the shortest schedule the explorer finds for it,
     * replayed (so it follows the model as the model changes, rather than a lucky random seed).
     */
    static Trace lostUpdate() {
        Program p = program("v418-online-attr-vs-probe-race.lks");
        io.lockstep.explore.Found f = new io.lockstep.explore.Explorer(p)
                .explore(io.lockstep.explore.Limits.DEFAULT, io.lockstep.explore.Progress.NONE).findings().stream()
                .filter(x -> x.finding() instanceof io.lockstep.event.Finding.Violation v
                        && v.violation() == io.lockstep.event.Finding.ViolationKind.LOST_UPDATE)
                .findFirst().orElseThrow();
        return new io.lockstep.explore.ReplayScheduler(f.schedule()).drive(new TraceRecorder(p, null), f.schedule().size());
    }
}
