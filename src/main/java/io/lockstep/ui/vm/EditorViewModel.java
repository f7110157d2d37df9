package io.lockstep.ui.vm;

import io.lockstep.lang.Loaded;
import java.util.List;
import java.util.function.Function;
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
 * is checked a moment after the user stops typing, so a mistake shows at its line at once; the run
 * on screen changes only when a valid text is saved (see {@link SessionViewModel#saveAndRun}).
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

    private final Function<String, Loaded> checker;
    private String savedText = "";
    private String displayName = "";
    private long editedAt = -1;
    private boolean checkDue;
    private long now;

    /** {@code checker} loads a text the way the run would (same file, same release). */
    public EditorViewModel(Function<String, Loaded> checker) {
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
        fileName.set(source.hasFile() ? source.displayName() : source.displayName() + " (bundled: save it to keep edits)");
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

    /** Checks the text now and lists its diagnostics; returns the result. */
    public Loaded check() {
        checkDue = false;
        Loaded loaded = checker.apply(text.get());
        showDiagnostics(loaded);
        return loaded;
    }

    /** Lists the diagnostics of a load (of this text, or of a release switch that failed). */
    public void showDiagnostics(Loaded loaded) {
        List<DiagnosticRow> rows = loaded.diagnostics().stream().map(d -> DiagnosticRow.of(d, displayName)).toList();
        diagnostics.setAll(rows);
        long errors = rows.stream().filter(DiagnosticRow::error).count();
        summary.set(errors == 0 ? "No problems." : errors + (errors == 1 ? " error" : " errors")
                + ": the run on screen stays the last valid version until this is fixed and saved.");
    }

    /** Runs the delayed check once the user has paused typing. */
    public void onFrame(long nowNanos) {
        now = nowNanos;
        if (checkDue && open.get() && (editedAt < 0 || nowNanos - editedAt >= CHECK_DELAY_NANOS)) {
            check();
        }
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
