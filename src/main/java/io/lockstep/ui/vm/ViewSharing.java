package io.lockstep.ui.vm;

import io.lockstep.share.SavedView;
import io.lockstep.share.SavedViewFile;
import io.lockstep.share.ViewCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saving the exact view on screen to one file, and opening such a file again: the scenario text,
 * release, switches, schedule, step and theme, and the bundled model's fingerprint, so that a model
 * that changed since is said out loud when the view is opened.
 */
public final class ViewSharing {
    private final SessionViewModel session;

    public ViewSharing(SessionViewModel session) {
        this.session = session;
    }

    /** The view on screen, in the saved form; null when nothing runs yet. */
    public SavedView capture(String theme) {
        ScenarioSource running = session.running();
        RunViewModel run = session.run();
        if (running == null || run.program() == null) {
            return null;
        }
        ModelVariant variant = session.variant();
        return ViewCapture.of(running.displayName(), running.file(), running.text(), variant.release(),
                variant.switches(), run.program().scenario(), run.recordedSchedule(), run.shownStepProperty().get(),
                theme);
    }

    /** Saves the view on screen to {@code file} (atomically); returns what the status line should say. */
    public String save(Path file, String theme) {
        SavedView view = capture(theme);
        if (view == null) {
            return "Nothing to save yet: open a scenario first.";
        }
        try {
            io.lockstep.share.AtomicFile.writeString(file, SavedViewFile.write(view));
            return "Saved this view (step " + view.step() + " of " + view.schedule().size() + ") to " + file
                    + "; open it in the window, or run: lockstep check --replay " + file;
        } catch (IOException | RuntimeException e) {
            return "Could not save the view to " + file + ": " + e.getMessage();
        }
    }

    /** Opens a saved view; returns false (and the status line says why) when it cannot be read. */
    public boolean open(SavedView view) {
        ScenarioSource source = sourceOf(view);
        List<String> warnings = new ArrayList<>();
        io.lockstep.share.ViewRestore.modelChanged(view).ifPresent(warnings::add);
        // The scenario as written first (so the file and its own model are the session's), then the saved model and run.
        return session.open(source) && session.runUnder(new ModelVariant(view.release(), view.switches()),
                "the saved view's model", view.schedule(), view.step(), (trace, under) -> landed(view, trace, warnings));
    }

    /** Reads a saved view file; throws with a message a person can act on. */
    public static SavedView read(Path file) throws IOException, SavedViewFile.Invalid {
        return SavedViewFile.read(io.lockstep.lang.SourceFiles.read(file));
    }

    private static String landed(SavedView view, io.lockstep.trace.Trace trace, List<String> warnings) {
        StringBuilder sb = new StringBuilder("Opened the saved view at step ")
                .append(Math.min(view.step(), trace.size())).append(" of ").append(view.schedule().size()).append('.');
        if (trace.size() < view.schedule().size()) {
            sb.append(" Warning: the saved schedule stops applying at step ").append(trace.size() + 1)
                    .append(" (its thread cannot take it under this build's model); the ").append(trace.size())
                    .append(" steps that apply are kept.");
        }
        warnings.forEach(w -> sb.append(" Warning: ").append(w));
        return sb.toString();
    }

    /** The file the view's scenario came from, if it is still there with the same text; else the text alone. */
    private static ScenarioSource sourceOf(SavedView view) {
        if (view.scenarioFolder() != null) {
            try {
                Path file = Path.of(view.scenarioFolder()).resolve(view.scenarioName());
                ScenarioSource onDisk = Files.isRegularFile(file) ? ScenarioSource.read(file) : null;
                if (onDisk != null && onDisk.text().equals(view.scenarioText())) {
                    return onDisk; // read once, through the same checks as File ▸ Open
                }
            } catch (IOException | RuntimeException e) {
                // another machine's folder: the saved text stands alone
            }
        }
        return ScenarioSource.unsaved(view.scenarioName(), view.scenarioText());
    }
}
