package io.lockstep.ui.compare;

import io.lockstep.engine.Program;
import io.lockstep.explore.NextThreadScheduler;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.model.Scenario;
import io.lockstep.model.Switch;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import io.lockstep.ui.vm.ModelVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a comparison: the model it runs ({@code label} says which, as a person reads it) and
 * its recorded run. The run replays the shared schedule as far as this model lets it
 * ({@code replayed} steps), then goes on by itself, the lowest runnable thread first, to its end.
 */
public record SideRun(ModelVariant variant, String label, Program program, Trace trace, boolean stopped,
        int replayed, boolean capped) {

    /** Past this many steps of its own a run is cut (a restart loop that never ends); no sample comes near. */
    public static final int MAX_OWN_STEPS = 5_000;

    static SideRun record(ModelVariant variant, Program program, List<Integer> schedule) {
        TraceRecorder recorder = new TraceRecorder(program, null);
        new ReplayScheduler(schedule).drive(recorder, schedule.size());
        int replayed = recorder.trace().size();
        int own = 0;
        while (!recorder.stopped() && own < MAX_OWN_STEPS) {
            var state = recorder.state();
            int t = NextThreadScheduler.pick(program.threadCount(), recorder::canStep, state::isSleeping);
            if (t < 0) {
                break;
            }
            recorder.step(t);
            own++;
        }
        return new SideRun(variant, label(program.scenario()), program, recorder.trace(), recorder.stopped(), replayed,
                own >= MAX_OWN_STEPS);
    }

    /** "v4.18", "v4.18 patch3=on": the release and every switch not at its default. */
    static String label(Scenario scenario) {
        List<String> parts = new ArrayList<>();
        parts.add(scenario.release() == null ? "no kernel model" : scenario.release());
        for (Switch s : scenario.switches().values()) {
            if (s.on() != s.defaultOn()) {
                parts.add(s.name() + "=" + s.valueWord());
            }
        }
        return String.join(" ", parts);
    }

    /** Number of steps of the run. */
    public int size() {
        return trace.size();
    }
}
