package io.lockstep.ui.vm;

import io.lockstep.engine.Program;
import io.lockstep.event.EventBus;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import io.lockstep.explore.Found;
import io.lockstep.explore.Limits;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.Releases;
import io.lockstep.model.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's view-model: which scenario is loaded, under which release, and the run, threads,
 * verdicts and editor of it. It owns the engine thread, the explorer and the bridge from both to
 * the FX thread; {@link #onFrame} drains that bridge once per frame.
 *
 * <p>A scenario replaces the one on screen only when it loads without errors: a failed open,
 * release switch or save leaves the old run where it was and lists what is wrong.
 */
public final class SessionViewModel implements AutoCloseable {
    private final EventBus bus = new EventBus();
    private final EventBridge bridge = new EventBridge();
    private final EngineThread engine = new EngineThread(bus, bridge);
    private final ExplorationService explorer;
    private final RunViewModel run;
    private final VerdictsViewModel verdicts;
    private final EditorViewModel editor;

    /** What the editor holds and saves to; may be invalid. */
    private ScenarioSource editing;
    /** What the run on screen was loaded from (always valid); a release switch reloads it. */
    private ScenarioSource running;
    private String releaseOverride;
    private long runs;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Lockstep");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyObjectWrapper<String> release = new ReadOnlyObjectWrapper<>(this, "release");
    private final ReadOnlyBooleanWrapper releaseSwitchable = new ReadOnlyBooleanWrapper(this, "releaseSwitchable");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** Whether runs check the series' documented locking rules ({@code assert_held ... rule}); on in the window. */
    private boolean checkRules = true;

    public void setCheckRules(boolean on) {
        this.checkRules = on;
    }

    public SessionViewModel() {
        this(ExplorationService.WINDOW_LIMITS);
    }

    public SessionViewModel(Limits explorationLimits) {
        explorer = new ExplorationService(bridge, explorationLimits);
        run = new RunViewModel(engine, status::set);
        verdicts = new VerdictsViewModel(explorer, status::set, this::replay);
        editor = new EditorViewModel(text -> {
            ScenarioSource source = editing; // read here, on the FX thread; the load runs on the editor's thread
            String releaseNow = releaseOverride;
            return () -> source == null
                    ? io.lockstep.lang.ScenarioLoader.loadTextChecked("<text>", text, null, releaseNow,
                            io.lockstep.engine.Capacity::check)
                    : source.withText(text).load(releaseNow);
        });
        editor.setOnValidEdit(this::runEdited);
    }

    /**
     * An edit that loads without errors replaces the run on screen at once, so the verdicts answer
     * "what if" as the user types; the file is written only by a save.
     */
    private void runEdited(String text, Loaded loaded) {
        if (editing == null || running != null && text.equals(running.text())) {
            return;
        }
        running = editing.withText(text);
        show(loaded.scenario(), "Running the edited text (not saved yet: Ctrl+S saves it); the verdicts are being checked.");
    }

    public RunViewModel run() {
        return run;
    }

    public VerdictsViewModel verdicts() {
        return verdicts;
    }

    public EditorViewModel editor() {
        return editor;
    }

    /** The bundled releases the switch offers. */
    public List<String> releases() {
        return Releases.BUNDLED;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** The kernel model the run on screen uses (null: the scenario uses none, the switch is off). */
    public ReadOnlyObjectProperty<String> releaseProperty() {
        return release.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty releaseSwitchableProperty() {
        return releaseSwitchable.getReadOnlyProperty();
    }

    /** The latest message for the user (what a command did, or why it could not). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The scenario the editor holds (and saves to). */
    public ScenarioSource source() {
        return editing;
    }

    // ---- commands

    /**
     * Opens a scenario. Returns true when it is on screen; when it has errors the editor opens on
     * them and the run on screen (if any) stays.
     */
    public boolean open(ScenarioSource newSource) {
        Loaded loaded = newSource.load(null);
        editing = newSource;
        editor.show(newSource, loaded.ok());
        editor.showDiagnostics(loaded);
        if (!loaded.ok()) {
            editor.setOpen(true);
            Diagnostic first = loaded.errors().get(0);
            status.set(newSource.shortName() + " has " + loaded.errors().size() + " error(s), listed in the editor"
                    + (running == null ? "" : "; the run on screen is still " + running.shortName()) + ". "
                    + first.pos() + ": " + first.message());
            return false;
        }
        running = newSource;
        releaseOverride = null;
        show(loaded.scenario(), "Opened " + newSource.shortName() + ". Space takes a step; click a thread (or press"
                + " its number) to step it; click a badge to load the shortest schedule that shows it.");
        return true;
    }

    /** Runs the same threads under another bundled kernel model. */
    public boolean switchRelease(String newRelease) {
        if (running == null || newRelease == null || newRelease.equals(release.get())) {
            return false;
        }
        Loaded loaded = running.load(newRelease);
        if (!loaded.ok()) {
            editor.showDiagnostics(loaded);
            release.set(null); // the view resets its toggle to the release on screen
            release.set(run.program() == null ? null : run.program().scenario().release());
            status.set("Cannot run these threads under " + newRelease + ": " + loaded.errors().get(0).message()
                    + " (the run on screen is unchanged)");
            return false;
        }
        releaseOverride = newRelease;
        show(loaded.scenario(), "Now running under " + newRelease + ": the run restarted and the verdicts are being checked.");
        return true;
    }

    /** Saves the editor's text to the scenario's file (atomically) and runs it if it is valid. */
    public boolean saveAndRun() {
        if (editing == null || !editing.hasFile()) {
            status.set("This scenario has no file yet: use Save as.");
            return false;
        }
        return saveTo(editing.file());
    }

    /** Saves the editor's text to {@code file} (atomically), which becomes the scenario's file, and runs it if valid. */
    public boolean saveTo(Path file) {
        String text = editor.textProperty().get();
        try {
            AtomicSave.write(file, text);
        } catch (IOException | RuntimeException e) {
            status.set("Could not save " + file + ": " + e.getMessage() + " (your text is still in the editor)");
            return false;
        }
        editing = editing != null && file.equals(editing.file()) ? editing.withText(text)
                : new ScenarioSource(file.toString(), text, file);
        editor.markSaved(text, editing.displayName());
        if (running == null || !file.equals(running.file())) {
            releaseOverride = null; // another scenario: it runs under the release it names
        }
        Loaded loaded = editor.check();
        if (!loaded.ok()) {
            status.set("Saved " + editing.shortName() + ", but it has " + loaded.errors().size()
                    + " error(s): the run on screen is the last valid version.");
            return false;
        }
        running = editing;
        show(loaded.scenario(), "Saved " + editing.shortName() + " and restarted the run.");
        return true;
    }

    /** Reads the scenario's file again, dropping unsaved edits (the view asks first). */
    public boolean revert() {
        if (editing == null || !editing.hasFile()) {
            return false;
        }
        try {
            ScenarioSource reread = ScenarioSource.read(editing.file());
            String keepRelease = releaseOverride;
            boolean ok = open(reread);
            editor.show(reread, true);
            if (ok && keepRelease != null) {
                switchRelease(keepRelease);
            }
            return ok;
        } catch (IOException e) {
            status.set("Could not read " + editing.file() + ": " + e.getMessage());
            return false;
        }
    }

    public void find(Finding.Kind kind) {
        verdicts.find(kind);
    }

    private void replay(Found found, String origin) {
        run.begin(++runs, run.program(), found.schedule(), origin);
    }

    private void show(Scenario scenario, String message) {
        Program program;
        try {
            program = Program.compile(scenario, checkRules);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            status.set("Cannot compile this scenario (" + e + "); please report it.");
            return;
        }
        title.set(scenario.title() == null ? running.shortName() : scenario.title());
        fileName.set(running.shortName());
        release.set(scenario.release());
        releaseSwitchable.set(scenario.release() != null);
        run.begin(++runs, program, List.of(), "");
        verdicts.begin(program, scenario.release());
        status.set(message);
    }

    // ---- per frame

    /**
     * Drains what the engine and the explorer sent since the last frame and updates the
     * view-models; returns true when the shown step or its run changed (the views must update).
     */
    public boolean onFrame(long nowNanos) {
        bridge.drain(this::dispatch);
        editor.onFrame(nowNanos);
        boolean changed = run.onFrame(nowNanos);
        if (changed && run.currentProperty().get() != null) {
            verdicts.showSeen(run.currentProperty().get().seen());
        }
        return changed;
    }

    private void dispatch(EngineNews news) {
        if (news instanceof EngineNews.Happened h) {
            // A finding the engine reports while the user steps into it is announced as it happens;
            // one inside a loaded schedule is not, or it would give away the end of the story.
            if (h.run() == run.runId() && h.event() instanceof FindingReported f && run.awaitingStep()) {
                status.set("Step " + f.step() + ": " + f.finding().summary());
            }
        } else if (news instanceof EngineNews.CommandDone done) {
            run.onCommandDone(done);
        } else if (news instanceof EngineNews.EngineFailed failed) {
            run.onEngineFailed(failed);
            status.set("The engine failed (" + failed.message() + "); please report it. The run so far stays on screen.");
        } else {
            verdicts.onNews(news);
        }
    }

    /** Waits until the engine has run every command sent so far (tests, screenshots; not on the FX thread). */
    public void awaitEngine() throws InterruptedException {
        engine.awaitIdle();
    }

    public boolean bridgeIsEmpty() {
        return bridge.isEmpty();
    }

    @Override
    public void close() {
        engine.close();
        explorer.close();
    }
}
