package io.lockstep.ui.export;

import io.lockstep.ui.vm.RunViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File ▸ Export: a still is drawn at once; an animation runs with a small window of its own that
 * shows its progress and has a Cancel button (closing that window cancels too). {@code say}
 * receives the outcome, for the window's status line.
 */
public final class ExportDialog {
    private ExportDialog() {}

    public static void export(Window owner, RunViewModel run, Node node, Path out, Consumer<String> say) {
        ExportFormat format = ExportFormat.of(out).orElse(null);
        if (format == null) {
            say.accept(ExportFormat.unknown(out));
            return;
        }
        if (!format.animated) {
            try {
                Exporter.writeStill(node, out, format);
                say.accept("Exported the window at this step to " + out + ".");
            } catch (IOException | RuntimeException e) {
                say.accept("Cannot export to " + out + ": " + e.getMessage());
            }
            return;
        }
        if (run.recordedStepsProperty().get() == 0) {
            say.accept("Nothing to animate yet: step or load a schedule first; an animation shows every recorded step.");
            return;
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Exporting " + out.getFileName());
        AnimationExport job = new AnimationExport(run, node, out, format, problem -> {
            stage.close();
            say.accept(problem == null ? "Exported steps 0 to " + run.recordedStepsProperty().get() + " to " + out + "."
                    : "Export: " + problem);
        });
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.progressProperty().bind(job.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> job.cancel());
        stage.setOnCloseRequest(e -> job.cancel());
        Label what = new Label("A frame per step, 0 to " + run.recordedStepsProperty().get() + ", into " + out.getFileName());
        VBox box = new VBox(10, what, new HBox(10, bar, cancel));
        box.setPadding(new Insets(14));
        box.setPrefWidth(420);
        stage.setScene(new Scene(box));
        if (job.begin()) {
            stage.show();
        }
    }
}
