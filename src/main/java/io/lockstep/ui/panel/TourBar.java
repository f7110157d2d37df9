package io.lockstep.ui.panel;

import io.lockstep.ui.vm.TourViewModel;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guided tour's line under the narration, shown only while a tour plays: where the tour is,
 * the stop's caption, its question and the feedback to the last answer, and Previous, Next and
 * Close (PageUp, PageDown and Esc do the same, for a clicker).
 */
public final class TourBar extends VBox {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    public TourBar(TourViewModel tour) {
        getStyleClass().add("lk-tour-bar");
        setId("tour-bar");
        Label position = label("tour-position", "lk-tour-position");
        position.textProperty().bind(tour.titleProperty().concat("  ·  ").concat(tour.chapterProperty()).concat("  ·  ")
                .concat(tour.positionProperty()));
        Label caption = label("tour-caption", "lk-tour-caption");
        caption.textProperty().bind(tour.captionProperty());
        Label question = label("tour-question", "lk-tour-question");
        question.textProperty().bind(tour.questionProperty().map(q -> q.isEmpty() ? ""
                : q + "  (click a thread, or press its number)"));
        hideWhenEmpty(question);
        Label feedback = label("tour-feedback", "lk-tour-feedback");
        feedback.textProperty().bind(tour.feedbackProperty());
        hideWhenEmpty(feedback);
        tour.answerProperty().addListener((obs, was, is) -> {
            feedback.pseudoClassStateChanged(RIGHT, is == TourViewModel.Answer.RIGHT);
            feedback.pseudoClassStateChanged(WRONG, is == TourViewModel.Answer.WRONG);
        });
        Button previous = button("\u25C0 Previous", "tour-previous", "The previous stop (PageUp, \u2190)", tour::previous);
        Button next = button("Next \u25B6", "tour-next", "The next stop (PageDown, Space, \u2192)", tour::next);
        Button close = button("Close tour", "tour-close", "End the tour (Esc); the run stays where it is", tour::close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, position, gap, previous, next, close);
        top.setAlignment(Pos.CENTER_LEFT);
        position.setMinWidth(0);
        getChildren().addAll(top, caption, question, feedback);
        visibleProperty().bind(tour.playingProperty());
        managedProperty().bind(tour.playingProperty());
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static void hideWhenEmpty(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false); // Space must reach the window's keys, not press the button
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
