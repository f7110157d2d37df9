package io.lockstep.ui.vm;

import io.lockstep.lang.Completions;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ProcPatch;
import io.lockstep.model.Scenario;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario editor: the text being edited (the one property a view writes, as a text field
 * does), whether it differs from what was last saved, and the diagnostics of that text. The text
 * is checked a moment after the user stops typing, on a thread of its own so that a slow load never
 * stalls a frame; the result comes back through {@link #onFrame}, and a valid edit is handed to
 * {@link #setOnValidEdit the session}, which runs it. While the text is invalid the run on screen
 * stays the last valid version.
 */
public final class EditorViewModel {
    /** How long after the last keystroke the text is checked. */
    static final long CHECK_DELAY_NANOS = 300_000_000L;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<DiagnosticRow> diagnostics = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would drop its listeners when collected. */
    private final ObservableList<DiagnosticRow> diagnosticsView = FXCollections.unmodifiableObservableList(diagnostics);

    /**
     * Loads a text the way the run would (same file, same release). {@link #prepare} runs on the FX
     * thread and reads what it needs there; the load it returns runs on the checker's thread.
     */
    @FunctionalInterface
    public interface Checker {
        Supplier<Loaded> prepare(String text);
    }

    private final Checker checker;
    private final BackgroundCheck background = new BackgroundCheck("lockstep-editor-check");
    private BiConsumer<String, Loaded> onValidEdit = (text, loaded) -> {};
    /** The last scenario that loaded from this editor: what completion offers names from. */
    private Scenario lastLoaded;
    private String savedText = "";
    private String displayName = "";
    private long editedAt = -1;
    private boolean checkDue;
    private long now;

    /** {@code checker} loads a text the way the run would (same file, same release). */
    public EditorViewModel(Checker checker) {
        this.checker = checker;
        text.addListener((obs, was, is) -> {
            dirty.set(!is.equals(savedText));
            editedAt = now;
            checkDue = true;
        });
    }

    /** The text being edited; the editor pane binds it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** "No problems", "2 errors: the run on screen is the last valid version", ... */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<DiagnosticRow> diagnostics() {
        return diagnosticsView;
    }

    public void toggle() {
        open.set(!open.get());
    }

    public void setOpen(boolean value) {
        open.set(value);
    }

    /**
     * Shows a newly opened source. Unsaved edits of the same file are kept (the user typed them);
     * {@code force} replaces them, after the user agreed to discard them.
     */
    public void show(ScenarioSource source, boolean force) {
        boolean sameFile = source.displayName().equals(displayName);
        displayName = source.displayName();
        fileName.set(source.hasFile() ? source.displayName() : source.displayName() + " (not saved: save it to keep edits)");
        if (force || !sameFile || !dirty.get()) {
            savedText = source.hasFile() ? source.text() : "";
            text.set(source.text());
            dirty.set(!text.get().equals(savedText) && source.hasFile());
        }
    }

    /** The text was saved (or run) as it is now. */
    public void markSaved(String saved, String newDisplayName) {
        savedText = saved;
        displayName = newDisplayName;
        fileName.set(newDisplayName);
        dirty.set(!text.get().equals(savedText));
    }

    /** Called with the text and its load when a check of an edit (not yet saved) finds no error. */
    public void setOnValidEdit(BiConsumer<String, Loaded> action) {
        onValidEdit = action;
    }

    /**
     * Checks the text now, on the calling thread, and lists its diagnostics; returns the result. For
     * a command that needs the answer at once (save and run); a check of edits under way is dropped.
     */
    public Loaded check() {
        checkDue = false;
        background.drop();
        Loaded loaded = checker.prepare(text.get()).get();
        showDiagnostics(loaded);
        return loaded;
    }

    /** Lists the diagnostics of a load (of this text, or of a release switch that failed). */
    public void showDiagnostics(Loaded loaded) {
        if (loaded.scenario() != null) {
            lastLoaded = loaded.scenario();
        }
        List<DiagnosticRow> rows = loaded.diagnostics().stream().map(d -> DiagnosticRow.of(d, displayName)).toList();
        diagnostics.setAll(rows);
        long errors = rows.stream().filter(DiagnosticRow::error).count();
        summary.set(errors == 0 ? "No problems." : errors + (errors == 1 ? " error" : " errors")
                + ": the run on screen stays the last valid version until the text is fixed.");
    }

    /**
     * Shows the result of a finished check (unless the text changed since it began: then it is
     * stale, and the new text gets its own check), and starts the delayed check once the user has
     * paused typing.
     */
    public void onFrame(long nowNanos) {
        now = nowNanos;
        background.finished().ifPresent(this::checked);
        if (checkDue && open.get() && !background.running() && (editedAt < 0 || nowNanos - editedAt >= CHECK_DELAY_NANOS)) {
            checkDue = false;
            String checking = text.get();
            background.start(checking, checker.prepare(checking));
        }
    }

    /**
     * Whether a check of the text is waiting for the user to pause or running (tests and screenshots
     * wait on it); a closed editor checks nothing, so it waits for nothing.
     */
    public boolean checkPending() {
        return checkDue && open.get() || background.running();
    }

    private void checked(BackgroundCheck.Result result) {
        if (!result.text().equals(text.get())) {
            return;
        }
        Loaded loaded;
        try {
            loaded = result.load().get();
        } catch (ExecutionException | InterruptedException | RuntimeException e) {
            summary.set("Could not check the text (" + e + "); please report it. The run on screen is unchanged.");
            return;
        }
        showDiagnostics(loaded);
        if (loaded.ok()) {
            onValidEdit.accept(result.text(), loaded);
        }
    }

    /**
     * What Ctrl+Space offers at {@code caret} of {@code shownText} (the text as the code area holds
     * it at that moment): names of the last scenario that loaded from this editor.
     */
    public Completions.Offer completionsIn(String shownText, int caret) {
        return new Completions(lastLoaded).at(shownText, caret);
    }

    /**
     * Appends a copy of proc {@code procName} of bundled model {@code release} to the text, as a
     * redefinition to edit, and opens the editor; returns where the caret goes (the proc's first
     * statement). When the text already redefines that proc, only the caret moves to it.
     */
    public Optional<Integer> patchProc(String release, String procName) {
        Optional<ProcPatch.Result> patch = ProcPatch.append(text.get(), release, procName);
        patch.ifPresent(p -> {
            text.set(p.text());
            open.set(true);
        });
        return patch.map(ProcPatch.Result::caret);
    }

    /** The character offset of a 1-based line and column in {@code text}, clamped to the text. */
    public static int offsetOf(String text, int line, int col) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) {
                return text.length();
            }
            offset = nl + 1;
        }
        int lineEnd = text.indexOf('\n', offset);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        return Math.min(offset + Math.max(0, col - 1), end);
    }
}
