package io.lockstep.ui.panel;

import io.lockstep.ui.vm.RunViewModel;
import io.lockstep.ui.vm.StepView;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Start, back, step, play/pause, end; the speed; a scrubber over the recorded steps; the step
 * counter; and a line that says which thread "step" moves next and why. The counter rolls to a
 * new value rather than jumping, so a jump to the end reads as movement.
 */
public final class TransportBar extends VBox {
    private final RunViewModel run;
    private final Slider scrubber = new Slider(0, 1, 0);
    private final Label counter = new Label("Step 0 / 0");
    private final Label nextStep = new Label();
    private final DoubleProperty rolling = new SimpleDoubleProperty();
    private final Timeline roll = new Timeline();
    private boolean updatingScrubber;

    public TransportBar(RunViewModel run) {
        this.run = run;
        getStyleClass().add(PanelStyles.TRANSPORT);
        Button start = button(TransportIcons.start(), null, "Jump to the start (Home)", run::home);
        Button back = button(TransportIcons.back(), "Back", "Step back (← or PageUp)", run::stepBack);
        Button step = button(TransportIcons.step(), "Step", "Step (Space, → or PageDown)", run::stepForward);
        Button play = button(TransportIcons.play(), "Play", "Play / pause (P)", run::togglePlay);
        Button end = button(TransportIcons.end(), null, "Jump to the last recorded step (End)", run::end);
        step.setId("step");
        back.setId("step-back");
        play.setId("play");
        run.playingProperty().addListener((obs, was, is) -> {
            play.setGraphic(is ? TransportIcons.pause() : TransportIcons.play());
            play.setText(is ? "Pause" : "Play");
        });

        ChoiceBox<Integer> speed = new ChoiceBox<>();
        speed.getItems().setAll(RunViewModel.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s + " steps/s";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replaceAll("\\D", ""));
            }
        });
        speed.setValue(run.speedProperty().get());
        speed.setTooltip(new Tooltip("Playing speed (+ and − change it)"));
        speed.setOnAction(e -> run.setSpeed(speed.getValue()));
        run.speedProperty().addListener((obs, was, is) -> speed.setValue(is.intValue()));
        speed.setFocusTraversable(false);

        scrubber.getStyleClass().add(PanelStyles.SCRUBBER);
        scrubber.setId("scrubber");
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setSnapToTicks(true);
        scrubber.setFocusTraversable(false);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.valueProperty().addListener((obs, was, is) -> {
            if (!updatingScrubber) {
                run.seek((int) Math.round(is.doubleValue()));
            }
        });
        counter.getStyleClass().add(PanelStyles.STEP_COUNTER);
        counter.setId("step-counter");
        counter.setMinWidth(USE_PREF_SIZE);
        rolling.addListener((obs, was, is) -> showCounter());
        run.recordedStepsProperty().addListener((obs, was, is) -> syncScrubber());
        run.shownStepProperty().addListener((obs, was, is) -> {
            syncScrubber();
            rollCounterTo(is.intValue());
        });

        nextStep.getStyleClass().add(PanelStyles.NEXT_STEP);
        nextStep.setId("next-step");
        run.currentProperty().addListener((obs, was, is) -> {
            showNext(is);
            showCounter();
        });

        HBox controls = new HBox(6, start, back, step, play, end, speed, scrubber, counter);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, nextStep);
    }

    private static Button button(javafx.scene.Node icon, String text, String tip, Runnable action) {
        Button b = new Button(text, icon);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // Space and the arrows belong to the transport keys, not to a focused button
        b.setMinWidth(USE_PREF_SIZE);
        return b;
    }

    private void syncScrubber() {
        updatingScrubber = true;
        try {
            scrubber.setMax(Math.max(1, run.recordedStepsProperty().get()));
            scrubber.setValue(run.shownStepProperty().get());
            scrubber.setDisable(run.recordedStepsProperty().get() == 0);
        } finally {
            updatingScrubber = false;
        }
        showCounter();
    }

    private void rollCounterTo(int step) {
        roll.stop();
        int distance = (int) Math.abs(step - rolling.get());
        if (distance <= 1) {
            rolling.set(step);
            return;
        }
        Duration time = Duration.millis(Math.min(400, 60 + 10 * distance));
        roll.getKeyFrames().setAll(new KeyFrame(time, new KeyValue(rolling, step)));
        roll.playFromStart();
    }

    private void showCounter() {
        counter.setText("Step " + Math.round(rolling.get()) + " / " + run.recordedStepsProperty().get());
    }

    private void showNext(StepView v) {
        if (v == null) {
            nextStep.setText("");
        } else if (v.nextThread() >= 0) {
            nextStep.setText("Space steps \"" + v.threads().get(v.nextThread()).label() + "\": " + v.nextReason()
                    + (run.originProperty().get().isEmpty() || !v.atEnd() ? "" : " (the recorded run ends here)"));
        } else {
            nextStep.setText("Nothing to step: " + v.nextReason() + ".");
        }
    }
}
