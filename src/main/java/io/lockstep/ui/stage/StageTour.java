package io.lockstep.ui.stage;

import io.lockstep.engine.Program;
import io.lockstep.tour.CheckedTour;
import io.lockstep.trace.Trace;
import io.lockstep.ui.TourLaneRings;
import io.lockstep.ui.view.LockGraphView;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.vm.TourViewModel;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.layout.Pane;

/**
 * A guided tour on the stage: the stop's caption, question and feedback in the caption line, its
 * edges heavier in the graph, its threads' cards ringed (a click on one answers the question), its
 * lanes shown and ringed even when no thread holds them. The clicker's keys move between stops
 * (see KeyBindings), so a speaker plays the tour with nothing but the clicker.
 */
final class StageTour {
    private final TourViewModel tour;
    private final LockGraphView graph;
    private final LockTimelineView lanes;
    private final StageCards cards;
    private final Pane laneMarks = new Pane();
    private Program program;
    private boolean pending;

    StageTour(TourViewModel tour, LockGraphView graph, LockTimelineView lanes, StageCards cards, Runnable recaption) {
        this.tour = tour;
        this.graph = graph;
        this.lanes = lanes;
        this.cards = cards;
        laneMarks.setId("stage-tour-lane-marks");
        laneMarks.setMouseTransparent(true);
        laneMarks.setPickOnBounds(false);
        cards.setChooser(t -> tour.answer(t) != TourViewModel.Answer.NONE);
        for (var p : java.util.List.of(tour.playingProperty(), tour.captionProperty(), tour.positionProperty(),
                tour.questionProperty(), tour.feedbackProperty())) {
            p.addListener((obs, was, is) -> recaption.run());
        }
        tour.highlightsProperty().addListener((obs, was, is) -> later());
        tour.playingProperty().addListener((obs, was, is) -> later());
        lanes.layoutBoundsProperty().addListener((obs, was, is) -> later());
    }

    /** The layer of lane rings, laid over the stage's lanes. */
    Pane laneMarks() {
        return laneMarks;
    }

    boolean playing() {
        return tour.playingProperty().get();
    }

    private CheckedTour.Highlights highlights() {
        return playing() ? tour.highlightsProperty().get() : CheckedTour.Highlights.NONE;
    }

    /** Caption text while a tour plays: where in the tour, its caption, its question and the answer's feedback. */
    void showIn(StageCaption caption) {
        String question = tour.questionProperty().get();
        String feedback = tour.feedbackProperty().get();
        StringBuilder why = new StringBuilder();
        if (question != null && !question.isEmpty()) {
            why.append(question);
        }
        if (feedback != null && !feedback.isEmpty()) {
            why.append(why.length() == 0 ? "" : "\n").append(feedback);
        }
        caption.showTour(tour.positionProperty().get(), tour.captionProperty().get(), why.toString());
    }

    /** The lanes the stop points at join the locks that matter, so the ring has a lane to go round. */
    void addLanes(Trace trace, BitSet shown) {
        program = trace.program();
        Set<String> named = highlights().lanes();
        for (int i = 0; !named.isEmpty() && i < program.lockInstanceCount(); i++) {
            if (named.contains(program.lockInstanceName(i)) || named.contains(program.lockClassName(program.lockClassOf(i)))) {
                shown.set(i);
            }
        }
        later();
    }

    /** The classes of the stop's edges and lanes join the graph's focus. */
    Set<String> addClasses(Set<String> focus) {
        CheckedTour.Highlights h = highlights();
        if (h.edges().isEmpty() && h.lanes().isEmpty()) {
            return focus;
        }
        Set<String> out = new HashSet<>(focus);
        for (String edge : h.edges()) {
            int arrow = edge.indexOf("->");
            if (arrow > 0) {
                out.add(edge.substring(0, arrow));
                out.add(edge.substring(arrow + 2));
            }
        }
        h.lanes().forEach(l -> out.add(l.contains("[") ? l.substring(0, l.indexOf('[')) : l));
        return out;
    }

    /** After the views have taken the step: the rings follow the lanes, the graph and cards the stop. */
    private void later() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                CheckedTour.Highlights h = highlights();
                graph.highlightForTour(h.edges());
                cards.highlight(h.threads());
                TourLaneRings.draw(laneMarks, lanes, h.lanes(), program);
            });
        }
    }
}
