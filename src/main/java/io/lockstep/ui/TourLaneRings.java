package io.lockstep.ui;

import io.lockstep.engine.Program;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.view.TimelineRows;
import java.util.List;
import java.util.Set;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The rings a tour stop puts around lock lanes, on a transparent layer over a timeline: the
 * window's and the stage's timelines both wear them, so a highlighted lane is the same on both.
 */
public final class TourLaneRings {
    private TourLaneRings() {}

    /** Redraws the rings on {@code marks} around the lanes named in {@code lanes} (instances or classes). */
    public static void draw(Pane marks, LockTimelineView timeline, Set<String> lanes, Program program) {
        marks.getChildren().clear();
        if (program == null || lanes.isEmpty()) {
            return;
        }
        List<TimelineRows.Row> rows = timeline.rows();
        double width = timeline.getWidth();
        for (int r = 0; r < rows.size(); r++) {
            if (matches(rows.get(r), lanes, program)) {
                double y = timeline.pointOf(r, 0).getY();
                double pitch = Math.abs(timeline.pointOf(r + 1, 0).getY() - y);
                double half = Math.max(8, Math.min(pitch, 60) / 2);
                marks.getChildren().add(ring(2, y - half, Math.max(0, width - 4), 2 * half));
            }
        }
    }

    /** Scrolls the first ringed lane into view. */
    public static void reveal(LockTimelineView timeline, Set<String> lanes, Program program) {
        List<TimelineRows.Row> rows = timeline.rows();
        for (int r = 0; r < rows.size(); r++) {
            if (matches(rows.get(r), lanes, program)) {
                timeline.revealRow(r);
                return;
            }
        }
    }

    static boolean matches(TimelineRows.Row row, Set<String> lanes, Program p) {
        if (row.instance() >= 0 && row.instance() < p.lockInstanceCount() && lanes.contains(p.lockInstanceName(row.instance()))) {
            return true;
        }
        return row.lockClass() >= 0 && row.lockClass() < p.lockClassCount() && lanes.contains(p.lockClassName(row.lockClass()));
    }

    /** One ring, in the tour's mark style. */
    public static Rectangle ring(double x, double y, double w, double h) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.getStyleClass().add("lk-tour-mark");
        r.setArcWidth(6);
        r.setArcHeight(6);
        return r;
    }
}
