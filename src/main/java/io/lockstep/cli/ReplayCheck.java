package io.lockstep.cli;

import io.lockstep.lang.SourceFiles;
import io.lockstep.lang.SwitchSettings;
import io.lockstep.share.SavedView;
import io.lockstep.share.SavedViewFile;
import io.lockstep.share.ViewRestore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code lockstep check --replay VIEW.lkview}: the view a user saved in the window, restored on the
 * command line. It says whether the bundled model changed since and where the saved schedule stops
 * applying, prints the steps up to the saved one, then checks the scenario as {@code check} does.
 */
final class ReplayCheck {
    private final Checker checker;
    private final boolean checkRules;
    private final TextReport text;
    private final PrintWriter out;

    ReplayCheck(Checker checker, boolean checkRules, TextReport text, PrintWriter out) {
        this.checker = checker;
        this.checkRules = checkRules;
        this.text = text;
        this.out = out;
    }

    /** Returns the exit code, as {@code check} would for the view's scenario (2 when the view cannot be read). */
    int run(Path file) {
        SavedView view;
        try {
            view = SavedViewFile.read(SourceFiles.read(file));
        } catch (IOException | RuntimeException e) {
            out.println(file + ": cannot read it: " + (e.getMessage() == null ? e : e.getMessage()));
            return FileReport.INVALID;
        } catch (SavedViewFile.Invalid e) {
            out.println(file + ": " + e.getMessage());
            return FileReport.INVALID;
        }
        ViewRestore.Restored restored = ViewRestore.restore(view, checkRules);
        if (!restored.ok()) {
            restored.loaded().diagnostics().forEach(d -> out.println(d.format()));
            out.println(file + ": the saved scenario does not load, so the view cannot be restored");
            return FileReport.INVALID;
        }
        var scenario = restored.loaded().scenario();
        String changes = SwitchSettings.describeChanges(scenario);
        out.println(file + ": a saved view of \"" + scenario.title() + "\" ("
                + (scenario.release() == null ? "no kernel model" : "kernel model " + scenario.release())
                + (changes.equals("defaults") ? "" : "; " + changes) + "), step " + restored.step() + " of "
                + view.schedule().size() + (view.theme() == null ? "" : ", theme " + view.theme()));
        restored.warnings().forEach(w -> out.println("warning: " + w));
        if (restored.step() > 0) {
            out.println("the steps up to the view's step:");
            text.schedule(restored.trace(), restored.step()); // the restored run, not a second replay
        } else {
            out.println("the view is at step 0, before the first step");
        }
        out.println();
        FileReport r = checker.check(view.scenarioName(), view.release(), restored::loaded);
        text.print(r);
        return r.exitCode();
    }
}
