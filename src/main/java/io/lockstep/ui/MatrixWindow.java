package io.lockstep.ui;

import io.lockstep.event.Finding;
import io.lockstep.explore.SwitchMatrix;
import io.lockstep.ui.panel.PanelStyles;
import io.lockstep.ui.vm.MatrixViewModel;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * "Patches ▸ Every combination": the matrix as a small table, one row per combination of switches
 * with each verdict, filled in as the rows are explored. Clicking a row runs it in the main window.
 */
final class MatrixWindow {
    private final Stage owner;
    private final MatrixViewModel matrix;
    private Stage stage;
    private TableView<SwitchMatrix.Row> table;

    MatrixWindow(Stage owner, MatrixViewModel matrix) {
        this.owner = owner;
        this.matrix = matrix;
    }

    void show() {
        if (stage == null) {
            build();
        }
        rebuildColumns();
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    TableView<SwitchMatrix.Row> table() {
        return table;
    }

    private void build() {
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Every combination of the switches — Lockstep");
        table = new TableView<>(matrix.rows());
        table.setId("matrix-table");
        table.setPlaceholder(new Label("Exploring the first combination…"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            if (row != null) {
                matrix.choose(row);
            }
        });
        Label caption = new Label();
        caption.textProperty().bind(matrix.captionProperty());
        caption.getStyleClass().add(PanelStyles.SECTION_TITLE);
        Label hint = new Label("A cell names the finding some interleaving shows; '-': none does; '?': a limit stopped"
                + " the row first. Click a row to run it in the window.");
        hint.getStyleClass().add(PanelStyles.HINT);
        hint.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(matrix.progressProperty());
        bar.visibleProperty().bind(matrix.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> matrix.cancel());
        cancel.visibleProperty().bind(matrix.runningProperty());
        HBox progressRow = new HBox(8, bar, cancel);
        VBox top = new VBox(6, caption, hint, progressRow);
        top.setPadding(new Insets(10));
        BorderPane root = new BorderPane(table, top, null, null, null);
        root.getStyleClass().add("lk-window");
        Scene scene = new Scene(root, 980, 560);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnHidden(e -> matrix.cancel());
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        for (String name : matrix.names()) {
            TableColumn<SwitchMatrix.Row, String> c = new TableColumn<>(name);
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(Boolean.TRUE.equals(r.getValue().values().get(name))
                    ? "on" : "off"));
            c.setPrefWidth(64);
            c.setCellFactory(col -> styled("lk-matrix-on", "on"));
            table.getColumns().add(c);
        }
        for (Finding.Kind kind : SwitchMatrix.KINDS) {
            String heading = kind == Finding.Kind.GUARDED_INVERSION ? "guarded" : kind.words;
            TableColumn<SwitchMatrix.Row, String> c = new TableColumn<>(heading);
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(switch (r.getValue().cells().get(kind)) {
                case FOUND -> heading;
                case NONE -> "-";
                case UNSETTLED -> "?";
            }));
            c.setPrefWidth(96);
            c.setCellFactory(col -> styled(kind == Finding.Kind.GUARDED_INVERSION ? "lk-matrix-guarded"
                    : "lk-matrix-found", heading));
            table.getColumns().add(c);
        }
        TableColumn<SwitchMatrix.Row, String> states = new TableColumn<>("states");
        states.setCellValueFactory(r -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%,d",
                r.getValue().result().states())));
        table.getColumns().add(states);
    }

    /** A cell that takes style class {@code style} when it reads {@code marked}: a finding, or a switch that is on. */
    private static javafx.scene.control.TableCell<SwitchMatrix.Row, String> styled(String style, String marked) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove(style);
                if (!empty && marked.equals(item)) {
                    getStyleClass().add(style);
                }
            }
        };
    }
}
