package io.lockstep.ui.vm;

import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.SwitchMatrix;
import io.lockstep.model.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's matrix: the scenario on screen under every combination of its switches, explored row
 * by row in the background (never on the FX thread), each row published as it is done, with progress
 * and a cancel. Choosing a row runs that combination in the window, keeping the user's place.
 */
public final class MatrixViewModel implements AutoCloseable {
    /** Per row: a smaller budget than one window exploration, so 32 rows finish in a talk's pause. */
    static final Limits ROW_LIMITS = new Limits(2_000_000, Duration.ofSeconds(60));

    private final ExecutorService executor = DaemonThreads.single("lockstep-matrix");
    private final Consumer<Map<String, Boolean>> choose;
    private final ObservableList<SwitchMatrix.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<SwitchMatrix.Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private List<String> names = List.of();
    private volatile boolean cancelled;
    private long generation;

    /** {@code choose} runs a row's switch values in the window. */
    public MatrixViewModel(Consumer<Map<String, Boolean>> choose) {
        this.choose = choose;
    }

    public ObservableList<SwitchMatrix.Row> rows() {
        return rowsView;
    }

    /** The switches of the matrix, in its column order. */
    public List<String> names() {
        return names;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Explores every combination of the switches of {@code scenario} (replacing a matrix under way). */
    public void start(Scenario scenario, boolean checkRules) {
        cancel();
        long gen = ++generation;
        names = List.copyOf(scenario.switches().keySet());
        rows.clear();
        List<Map<String, Boolean>> combos = SwitchMatrix.combinations(names);
        caption.set(combos.size() + " combinations of " + String.join(", ", names)
                + (scenario.release() == null ? "" : " (kernel model " + scenario.release() + ")"));
        progress.set(0);
        running.set(true);
        cancelled = false;
        executor.execute(() -> {
            List<SwitchMatrix.Row> done = new ArrayList<>();
            for (Map<String, Boolean> values : combos) {
                if (cancelled) {
                    break;
                }
                SwitchMatrix.Row row = SwitchMatrix.runOne(scenario, values, ROW_LIMITS, checkRules, new Progress() {
                    @Override
                    public boolean cancelled() {
                        return cancelled;
                    }
                });
                done.add(row);
                int n = done.size();
                Platform.runLater(() -> publish(gen, row, n, combos.size()));
            }
            Platform.runLater(() -> finish(gen));
        });
    }

    private void publish(long gen, SwitchMatrix.Row row, int n, int total) {
        if (gen == generation) {
            rows.add(row);
            progress.set((double) n / total);
        }
    }

    private void finish(long gen) {
        if (gen == generation) {
            running.set(false);
            if (cancelled) {
                caption.set(caption.get() + " - cancelled after " + rows.size() + " rows");
            }
        }
    }

    public void cancel() {
        cancelled = true;
    }

    /** Runs {@code row}'s combination in the window. */
    public void choose(SwitchMatrix.Row row) {
        choose.accept(row.values());
    }

    @Override
    public void close() {
        cancelled = true;
        executor.shutdownNow();
    }
}
