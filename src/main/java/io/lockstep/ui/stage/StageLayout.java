package io.lockstep.ui.stage;

import io.lockstep.event.FindingReported;
import io.lockstep.trace.Trace;
import io.lockstep.ui.view.LockGraphView;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.view.TraceView;
import io.lockstep.ui.vm.LocksThatMatter;
import io.lockstep.ui.vm.SessionViewModel;
import io.lockstep.ui.vm.StepView;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;

/**
 * Presentation mode's own arrangement, for a projector: no menus, no editor, no transport; the
 * lock-order graph and the threads as large cards side by side, under them the lanes of the locks
 * that matter at this step, and the narration as a caption line at the bottom.
 *
 * <p>It is laid out once, like a slide, on a 1920x1080 canvas and scaled to the window (letterboxed
 * when the shape differs): at 1280x720 the audience sees the same picture, two thirds the size,
 * so what fits and reads at one size fits at the other. Type is at least 24 px on that canvas.
 */
public final class StageLayout extends Pane {
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;
    public static final String STYLESHEET = "/io/lockstep/ui/stage/stage.css";

    private final BorderPane slide = new BorderPane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final LockGraphView graph = new LockGraphView();
    private final LockTimelineView lanes = new LockTimelineView();
    private final StageCards cards;
    private final StageCaption caption = new StageCaption();
    private final Label title = new Label();
    private final Label stepCount = new Label();
    private final Label finding = new Label();
    private final Label lanesTitle = new Label("Locks that matter at this step");
    private final Label noLanes = new Label("No lock is held or awaited at this step.");
    private final LaserPointer laser;
    private final StageTour tour;
    private StepView current;
    private final List<TraceView> views = List.of(new FocusedGraph(), new LanesView());
    /** The locks that matter at the step both views were last given, computed once for the two. */
    private Trace matterTrace;
    private int matterStep = -1;
    private BitSet matter;
    private BitSet shownLanes = new BitSet();

    public StageLayout(SessionViewModel session) {
        getStyleClass().add("lk-stage-root");
        slide.getStyleClass().add("lk-stage");
        slide.setId("stage");
        cards = new StageCards(session.run());
        graph.setBare(true);
        graph.setId("stage-graph");
        lanes.setId("stage-lanes");

        title.getStyleClass().add("lk-stage-title");
        title.textProperty().bind(session.titleProperty());
        title.setMinWidth(0);
        title.setWrapText(true);
        stepCount.getStyleClass().add("lk-stage-step");
        stepCount.setMinWidth(Region.USE_PREF_SIZE);
        finding.getStyleClass().add("lk-stage-finding");
        finding.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox header = new HBox(24, title, gap, finding, stepCount);
        header.getStyleClass().add("lk-stage-header");
        header.setAlignment(Pos.CENTER_LEFT);

        // The graph gets the full height between header and caption (a lock hierarchy is deep:
        // eight layers in the v4.18 models); the threads and the lanes share the column beside it.
        graph.setMinSize(0, 0);
        HBox.setHgrow(graph, Priority.ALWAYS);
        lanesTitle.getStyleClass().add("lk-stage-section");
        noLanes.getStyleClass().add("lk-stage-hint");
        noLanes.setWrapText(true);
        lanes.setMinHeight(0);
        tour = new StageTour(session.tour(), graph, lanes, cards, this::recaption);
        javafx.scene.layout.StackPane lanesArea = new javafx.scene.layout.StackPane(lanes, tour.laneMarks(), noLanes);
        lanesArea.setMinHeight(120);
        VBox.setVgrow(lanesArea, Priority.ALWAYS);
        VBox lanesBox = new VBox(6, lanesTitle, lanesArea);
        lanesBox.getStyleClass().add("lk-stage-lanes");
        VBox.setVgrow(lanesBox, Priority.ALWAYS);
        Pane side = new SideColumn(cards, lanesBox,
                () -> lanesTitle.prefHeight(-1) + 6 + 20 + Math.max(120, lanes.contentHeight()));
        side.setPrefWidth(WIDTH * 0.40);
        side.setMinWidth(WIDTH * 0.40);
        side.setMaxWidth(WIDTH * 0.40);
        HBox middle = new HBox(24, graph, side);
        middle.getStyleClass().add("lk-stage-middle");

        slide.setTop(header);
        slide.setCenter(middle);
        slide.setBottom(caption);
        BorderPane.setMargin(caption, new javafx.geometry.Insets(14, 0, 0, 0));
        slide.getTransforms().add(scale);
        laser = new LaserPointer(this);
        getChildren().addAll(slide, laser);

        session.run().currentProperty().addListener((obs, was, is) -> show(is));
        show(session.run().currentProperty().get());
        connectGraph(session);
    }

    /** The graph is laid out from the explorer's edges, as the window's is. */
    private void connectGraph(SessionViewModel session) {
        Runnable explored = () -> {
            if (session.verdicts().result() != null && session.run().program() != null) {
                graph.showExplored(session.run().program(), session.verdicts().result());
            }
        };
        session.verdicts().exploringProperty().addListener((obs, was, is) -> {
            if (!is) {
                explored.run();
            }
        });
        if (!session.verdicts().exploringProperty().get()) {
            explored.run();
        }
    }

    /** The views the frame loop feeds while the stage is on screen. */
    public List<TraceView> views() {
        return views;
    }

    /** L: the laser-pointer dot, on or off. */
    public void toggleLaser() {
        laser.toggle();
    }

    public boolean laserOn() {
        return laser.isOn();
    }

    /** The caption's text (tests, and the tour that may replace it). */
    public String captionText() {
        return caption.text();
    }

    StageCaption caption() {
        return caption;
    }

    private void show(StepView v) {
        if (v == null) {
            return;
        }
        current = v;
        cards.show(v);
        recaption();
        stepCount.setText("step " + v.step() + " of " + v.trace().size());
        FindingReported last = null;
        for (FindingReported f : v.trace().findings()) {
            if (f.step() <= v.step()) {
                last = f;
            }
        }
        finding.setText(last == null ? "" : last.finding().kind().words.toUpperCase(java.util.Locale.ROOT));
        finding.setVisible(last != null);
        finding.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("guarded"), last != null
                && last.finding().kind() == io.lockstep.event.Finding.Kind.GUARDED_INVERSION);
    }

    /**
     * The graph framed to the classes of the locks that matter (nearest step that has some), so
     * they are drawn large; with none in reach it shows every class.
     */
    private final class FocusedGraph implements TraceView {
        @Override
        public void update(Trace trace, int step) {
            java.util.Set<String> classes = tour.addClasses(LocksThatMatter.nearestClasses(trace, step, matterAt(trace, step)));
            graph.update(trace, step);
            graph.setFocus(classes.isEmpty() ? null : classes);
        }

        @Override
        public void setOnJump(IntConsumer onJump) {
            graph.setOnJump(onJump);
        }
    }

    /** The locks that matter at {@code step}: the graph and the lanes both ask, each frame the step changes. */
    private BitSet matterAt(Trace trace, int step) {
        if (trace != matterTrace || step != matterStep) {
            matter = LocksThatMatter.at(trace, step);
            matterTrace = trace;
            matterStep = step;
        }
        return matter;
    }

    /** The caption line: the tour's stop while a tour plays, else the step's narration. */
    private void recaption() {
        if (tour.playing()) {
            tour.showIn(caption);
        } else if (current != null) {
            caption.show(current);
        }
    }

    /** The timeline with lanes only for the locks that matter at the step it is given. */
    private final class LanesView implements TraceView {
        @Override
        public void update(Trace trace, int step) {
            BitSet now = (BitSet) matterAt(trace, step).clone(); // the tour's lanes are added to this copy
            tour.addLanes(trace, now);
            if (!now.equals(shownLanes)) {
                shownLanes = now;
                BitSet keep = (BitSet) now.clone();
                lanes.setLaneFilter(keep::get);
            }
            noLanes.setVisible(now.isEmpty());
            lanes.setVisible(!now.isEmpty());
            lanes.update(trace, step);
        }

        @Override
        public void setOnJump(IntConsumer onJump) {
            lanes.setOnJump(onJump);
        }
    }

    /**
     * The thread cards over the lanes: the lanes get the height that shows every lane that matters
     * (up to half the column), the cards as many stack frames as fit above them, and the lanes
     * whatever the cards leave.
     */
    private static final class SideColumn extends Pane {
        private static final double GAP = 12;
        private static final double LANES_MIN = 190;
        private final StageCards cards;
        private final Region lanes;
        private final java.util.function.DoubleSupplier lanesWanted;

        SideColumn(StageCards cards, Region lanes, java.util.function.DoubleSupplier lanesWanted) {
            this.cards = cards;
            this.lanes = lanes;
            this.lanesWanted = lanesWanted;
            getChildren().addAll(cards, lanes);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double forLanes = Math.max(LANES_MIN, Math.min(h / 2, lanesWanted.getAsDouble()));
            double ch = Math.min(cards.fitTo(w, h - forLanes - GAP), h - LANES_MIN - GAP);
            cards.resizeRelocate(0, 0, w, ch);
            lanes.resizeRelocate(0, ch + GAP, w, Math.max(0, h - ch - GAP));
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double s = Math.min(w / WIDTH, h / HEIGHT);
        scale.setX(s);
        scale.setY(s);
        slide.resizeRelocate(Math.floor((w - WIDTH * s) / 2), Math.floor((h - HEIGHT * s) / 2), WIDTH, HEIGHT);
        laser.resizeRelocate(0, 0, w, h);
    }
}
