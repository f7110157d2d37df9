package io.lockstep.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The window (placeholder until the window issue lands). */
public final class App extends Application {
    public static void main(String[] args) {
        launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Lockstep"), 400, 200));
        stage.setTitle("Lockstep");
        stage.show();
    }
}
