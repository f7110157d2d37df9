package io.lockstep.ui;

import io.lockstep.engine.Program;
import io.lockstep.tour.CheckedTour;
import io.lockstep.ui.panel.ThreadsPanel;
import io.lockstep.ui.view.LockGraphView;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.view.MemoryMapView;
import io.lockstep.ui.vm.RunViewModel;
import io.lockstep.ui.vm.TourViewModel;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * Puts a tour stop's highlights on the views: the graph's edges and the thread cards through small
 * additive hooks of theirs, the memory map's blocks and the timeline's lanes as rings on a
 * transparent layer laid over each (their own painting is left alone). Follows the stop, the shown
 * step and the views' size.
 */
final class TourHighlighter {
    private final TourViewModel tour;
    private final RunViewModel run;
    private final MemoryMapView map;
    private final LockTimelineView timeline;
    private final LockGraphView graph;
    private final ThreadsPanel threads;
    private final Pane mapMarks = marks("tour-map-marks");
    private final Pane laneMarks = marks("tour-lane-marks");
    private boolean pending;
    /** The stop whose first lane was last scrolled into view. */
    private CheckedTour.Highlights shownLanesOf;

    TourHighlighter(TourViewModel tour, RunViewModel run, TraceViews views, ThreadsPanel threads) {
        this.tour = tour;
        this.run = run;
        this.map = (MemoryMapView) views.memoryMap();
        this.timeline = (LockTimelineView) views.lockTimeline();
        this.graph = (LockGraphView) views.lockGraph();
        this.threads = threads;
        tour.highlightsProperty().addListener((obs, was, is) -> later());
        run.currentProperty().addListener((obs, was, is) -> later());
        map.layoutBoundsProperty().addListener((obs, was, is) -> later());
        timeline.layoutBoundsProperty().addListener((obs, was, is) -> later());
        timeline.addEventFilter(javafx.scene.input.ScrollEvent.ANY, e -> later()); // zoom and scroll move the lanes
    }

    /** The memory map with its layer of rings over it. */
    Node wrapMap() {
        return new StackPane(map, mapMarks);
    }

    /** The lock timeline with its layer of rings over it. */
    Node wrapTimeline() {
        return new StackPane(timeline, laneMarks);
    }

    private static Pane marks(String id) {
        Pane p = new Pane();
        p.setId(id);
        p.setMouseTransparent(true);
        p.setPickOnBounds(false);
        return p;
    }

    /** After the views have taken the new step (they update in the same frame, after this listener). */
    private void later() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                refresh();
            });
        }
    }

    void refresh() {
        CheckedTour.Highlights h = tour.playingProperty().get() ? tour.highlightsProperty().get()
                : CheckedTour.Highlights.NONE;
        graph.highlightForTour(h.edges());
        threads.highlight(h.threads());
        mapMarks.getChildren().clear();
        for (int block : h.blocks()) {
            Bounds b = map.cellBounds(block);
            if (b.getWidth() > 0) {
                mapMarks.getChildren().add(TourLaneRings.ring(b.getMinX() - 3, b.getMinY() - 3, b.getWidth() + 6, b.getHeight() + 6));
            }
        }
        Program program = run.program();
        if (tour.highlightsProperty().get() != shownLanesOf && program != null) { // once per stop: the user may scroll away after
            shownLanesOf = tour.highlightsProperty().get();
            TourLaneRings.reveal(timeline, h.lanes(), program);
        }
        TourLaneRings.draw(laneMarks, timeline, h.lanes(), program);
    }
}
