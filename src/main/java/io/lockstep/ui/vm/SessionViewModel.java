package io.lockstep.ui.vm;

import io.lockstep.engine.Program;
import io.lockstep.event.EventBus;
import io.lockstep.event.Finding;
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
import javafx.beans.property.ReadOnlyObjectProperty;
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
    private final FrameDispatch frames;
    private final MatrixViewModel matrix = new MatrixViewModel(this::useSwitches);
    private final TourViewModel tour = new TourViewModel(this);

    /** What the editor holds and saves to; may be invalid. */
    private ScenarioSource editing;
    /** What the run on screen was loaded from (always valid); a release switch reloads it. */
    private ScenarioSource running;
    /** The release and switches the run on screen uses instead of the file's own. */
    private ModelVariant variant = ModelVariant.AS_WRITTEN;
    /** The model the file itself names ("v4.0", "v4.18 patch3=on"), which its expect lines speak of. */
    private String writtenFor = "";
    private long runs;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Lockstep");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ModelOnScreen model = new ModelOnScreen();

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
            // Read here, on the FX thread; the load runs on the editor's thread.
            ScenarioSource source = editing == null ? ScenarioSource.unsaved("<text>", text) : editing.withText(text);
            ModelVariant variantNow = variant;
            return () -> variantNow.load(source);
        });
        editor.setOnValidEdit(this::runEdited);
        frames = new FrameDispatch(bridge, run, verdicts, editor, status::set);
    }

    /**
     * An edit that loads without errors replaces the run on screen at once, so the verdicts answer
     * "what if" as the user types; the file is written only by a save. While the threads stay the
     * same, the schedule on screen is replayed under the edit as far as it applies. Under a switched
     * model the file's own model ({@link #writtenFor}) is the one of its last save or open: working
     * it out again would mean another load on the FX thread for every edit.
     */
    private void runEdited(String text, Loaded loaded) {
        if (editing == null || running != null && text.equals(running.text())) {
            return;
        }
        running = editing.withText(text);
        if (variant.equals(ModelVariant.AS_WRITTEN)) {
            writtenFor = ModelOnScreen.modelOf(loaded.scenario());
        }
        io.lockstep.trace.Trace old = run.trace();
        String unsaved = "Running the edited text (not saved yet: Ctrl+S saves it). ";
        if (old == null || !old.program().threadLabels().equals(loaded.scenario().threads().stream().map(t -> t.label()).toList())) {
            show(loaded.scenario(), unsaved + "The verdicts are being checked.");
            return;
        }
        List<Integer> schedule = run.recordedSchedule();
        int step = run.shownStepProperty().get();
        show(loaded.scenario(), unsaved, schedule, step, trace -> status.set(unsaved
                + Parting.describe(old, schedule, step, trace, "the edited text", "the previous text")));
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

    public MatrixViewModel matrix() {
        return matrix;
    }

    /** The guided tour playing (or not): a presentation stage binds to its caption and highlights. */
    public TourViewModel tour() {
        return tour;
    }

    /** Explores every combination of the switches of the run on screen (as the file sets them otherwise). */
    public void startMatrix() {
        if (run.program() != null && !run.program().scenario().switches().isEmpty()) {
            matrix.start(run.program().scenario(), checkRules);
        }
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
        return model.releaseProperty();
    }

    public ReadOnlyBooleanProperty releaseSwitchableProperty() {
        return model.releaseSwitchableProperty();
    }

    /**
     * Which kernel model the run uses, said plainly: "kernel model v4.20 (the file is written for
     * v4.0)", "kernel model v4.18 patch3=on". Empty when the scenario uses none.
     */
    public ReadOnlyStringProperty modelTextProperty() {
        return model.textProperty();
    }

    /** The switches of the scenario and its model, with the values the run on screen uses. */
    public javafx.collections.ObservableList<SwitchRow> switches() {
        return model.switches();
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
        variant = ModelVariant.AS_WRITTEN;
        writtenFor = ModelOnScreen.modelOf(loaded.scenario());
        show(loaded.scenario(), "Opened " + newSource.shortName() + ". Space takes a step; click a thread (or press"
                + " its number) to step it; click a badge to load the shortest schedule that shows it.");
        return true;
    }

    /**
     * Runs the same threads under another bundled kernel model, replaying the schedule on screen as
     * far as it applies (see {@link #changeModel}).
     */
    public boolean switchRelease(String newRelease) {
        if (running == null || newRelease == null || newRelease.equals(model.releaseProperty().get())) {
            return false;
        }
        return changeModel(variant.withRelease(newRelease), newRelease);
    }

    /** Turns switch {@code name} on or off for the run on screen (a patch applied or not), keeping the user's place. */
    public boolean setSwitch(String name, boolean on) {
        if (running == null) {
            return false;
        }
        return changeModel(variant.withSwitch(name, on), name + (on ? " on" : " off"));
    }

    /** Runs under the file's release (or the one switched to) with exactly these switch values (a matrix row). */
    public boolean useSwitches(java.util.Map<String, Boolean> values) {
        if (running == null) {
            return false;
        }
        return changeModel(new ModelVariant(variant.release(), values), "the matrix row");
    }

    /**
     * Loads the run's scenario under {@code next} and replays the same thread choices on it: the
     * window lands on the step it showed, or on the last step both runs share, and says where they
     * part. Nothing of the old run survives: run, verdicts and views all start from the new trace.
     */
    private boolean changeModel(ModelVariant next, String what) {
        List<Integer> schedule = run.recordedSchedule();
        int step = run.shownStepProperty().get();
        io.lockstep.trace.Trace old = run.trace();
        String before = old == null ? "" : ModelOnScreen.modelOf(old.program().scenario());
        return runUnder(next, what, schedule, step, (trace, under) -> Parting.describe(old, schedule, step, trace, under,
                before));
    }

    /**
     * Runs the scenario on screen under {@code next}, replaying {@code schedule} and landing on
     * {@code step} (or where the replay stops); {@code landed} says what the status line reads then,
     * given the new run and the model's name. A model that cannot run the threads leaves the run as it is.
     */
    boolean runUnder(ModelVariant next, String what, List<Integer> schedule, int step,
            java.util.function.BiFunction<io.lockstep.trace.Trace, String, String> landed) {
        Loaded loaded = next.load(running);
        if (!loaded.ok()) {
            editor.showDiagnostics(loaded);
            model.springBack(run.program() == null ? null : run.program().scenario());
            status.set("Cannot run these threads with " + what + ": " + loaded.errors().get(0).message()
                    + " (the run on screen is unchanged)");
            return false;
        }
        variant = next;
        String under = ModelOnScreen.modelOf(loaded.scenario());
        show(loaded.scenario(), "Now running under " + under + "…", schedule, step,
                trace -> status.set(landed.apply(trace, under)));
        return true;
    }

    /** The scenario the run on screen was loaded from, and the model variant it runs under (a saved view). */
    ScenarioSource running() {
        return running;
    }

    ModelVariant variant() {
        return variant;
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
            io.lockstep.share.AtomicFile.writeString(file, text);
        } catch (IOException | RuntimeException e) {
            status.set("Could not save " + file + ": " + e.getMessage() + " (your text is still in the editor)");
            return false;
        }
        editing = editing != null && file.equals(editing.file()) ? editing.withText(text)
                : new ScenarioSource(file.toString(), text, file);
        editor.markSaved(text, editing.displayName());
        if (running == null || !file.equals(running.file())) {
            variant = ModelVariant.AS_WRITTEN; // another scenario: it runs under the model it names
        }
        Loaded loaded = editor.check();
        if (!loaded.ok()) {
            status.set("Saved " + editing.shortName() + ", but it has " + loaded.errors().size()
                    + " error(s): the run on screen is the last valid version.");
            return false;
        }
        running = editing;
        writtenFor = ModelOnScreen.modelOf(ModelVariant.AS_WRITTEN.load(running).scenario());
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
            ModelVariant keep = variant;
            boolean ok = open(reread);
            editor.show(reread, true);
            if (ok && !keep.equals(ModelVariant.AS_WRITTEN)) {
                changeModel(keep, keep.describe());
            }
            return ok;
        } catch (IOException e) {
            status.set("Could not read " + editing.file() + ": " + e.getMessage());
            return false;
        }
    }

    /** Puts a message on the status line (what a window action did). */
    public void say(String message) {
        status.set(message);
    }

    public void find(Finding.Kind kind) {
        verdicts.find(kind);
    }

    private void replay(Found found, String origin) {
        run.begin(++runs, run.program(), found.schedule(), origin);
    }

    private void show(Scenario scenario, String message) {
        show(scenario, message, List.of(), 0, null);
    }

    private void show(Scenario scenario, String message, List<Integer> schedule, int step,
            java.util.function.Consumer<io.lockstep.trace.Trace> landed) {
        Program program;
        try {
            program = Program.compile(scenario, checkRules);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            status.set("Cannot compile this scenario (" + e + "); please report it.");
            return;
        }
        String under = ModelOnScreen.modelOf(scenario);
        boolean foreign = !under.equals(writtenFor);
        String ownTitle = scenario.title() == null ? running.shortName() : scenario.title();
        // The file's title speaks of the model it was written for: under another one, say so first.
        title.set(foreign ? "Under " + under + " · " + ownTitle : ownTitle);
        fileName.set(running.shortName());
        model.show(scenario, writtenFor);
        run.begin(++runs, program, schedule, schedule.isEmpty() ? "" : "the schedule replayed under " + under, step,
                landed, foreign ? "Written for " + writtenFor + "; this run is under " + under + ". " : "");
        verdicts.begin(program, under, foreign ? writtenFor : null);
        status.set(message);
    }

    // ---- per frame

    /**
     * Drains what the engine and the explorer sent since the last frame and updates the
     * view-models; returns true when the shown step or its run changed (the views must update).
     */
    public boolean onFrame(long nowNanos) {
        return frames.onFrame(nowNanos);
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
        matrix.close();
    }
}
