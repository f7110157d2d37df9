package io.lockstep.share;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.lang.SwitchSettings;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a saved view again: the scenario text under its release and switches, the saved thread
 * choices replayed, the saved step. What no longer holds is said, never hidden: a bundled model
 * that changed since (its fingerprint differs), and the step where the schedule stops applying.
 */
public final class ViewRestore {
    /**
     * The view restored: {@code loaded} (the scenario, or why it does not load), its run and the step
     * to show, and the warnings (empty when everything is as saved).
     */
    public record Restored(SavedView saved, Loaded loaded, Program program, Trace trace, int step, List<String> warnings) {
        public Restored {
            warnings = List.copyOf(warnings);
        }

        public boolean ok() {
            return loaded.ok();
        }
    }

    private ViewRestore() {}

    public static Restored restore(SavedView view, boolean checkRules) {
        Path folder = folder(view.scenarioFolder());
        Loaded loaded = SwitchSettings.applyTo(ScenarioLoader.loadTextChecked(view.scenarioName(), view.scenarioText(),
                folder, view.release(), Capacity::check), view.switches(), "the saved view's switches", view.scenarioName());
        List<String> warnings = new ArrayList<>();
        if (!loaded.ok()) {
            return new Restored(view, loaded, null, null, 0, warnings);
        }
        String release = loaded.scenario().release();
        modelChanged(view).ifPresent(warnings::add);
        Program program = Program.compile(loaded.scenario(), checkRules);
        Trace trace = new ReplayScheduler(view.schedule()).drive(new TraceRecorder(program, null), view.schedule().size());
        int step = view.step();
        if (trace.size() < view.schedule().size()) {
            int stuck = trace.size() + 1;
            int thread = view.schedule().get(trace.size());
            String label = thread < program.threadCount() ? "\"" + program.threadLabel(thread) + "\"" : "thread " + thread;
            warnings.add("the saved schedule stops applying at step " + stuck + ": " + label + " cannot take it under "
                    + (release == null ? "this scenario" : release) + "; the run keeps the " + trace.size()
                    + " steps that apply");
            step = Math.min(step, trace.size());
        }
        return new Restored(view, loaded, program, trace, step, warnings);
    }

    /**
     * A warning when the bundled model the view was saved with is not this build's (its fingerprint
     * differs), so the run restored may differ from the one shared; empty when it is the same.
     */
    public static java.util.Optional<String> modelChanged(SavedView view) {
        String now = ModelFingerprint.of(view.modelRelease());
        if (view.modelFingerprint() == null || view.modelFingerprint().equals(now)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("the bundled " + view.modelRelease() + " model has changed since this view was saved"
                + " (saved " + shortly(view.modelFingerprint()) + ", now " + shortly(now) + "): the run is this build's,"
                + " and its steps may differ from what was shared");
    }

    private static Path folder(String name) {
        if (name == null) {
            return null;
        }
        try {
            Path p = Path.of(name);
            return Files.isDirectory(p) ? p : null;
        } catch (RuntimeException e) {
            return null; // a folder of another machine: relative uses then fail with their own message
        }
    }

    private static String shortly(String fingerprint) {
        return fingerprint == null ? "none" : fingerprint.length() > 19 ? fingerprint.substring(0, 19) + "…" : fingerprint;
    }
}
