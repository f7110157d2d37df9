package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.trace.Trace;
import io.lockstep.ui.view.layout.Box;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LockGraphViewFxTest {
    private LockGraphView graph;

    private Scene scene;

    @Start
    void start(Stage stage) {
        graph = new LockGraphView();
        scene = new Scene(new javafx.scene.layout.VBox(graph), 760, 520);
        javafx.scene.layout.VBox.setVgrow(graph, javafx.scene.layout.Priority.ALWAYS);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private Set<Label> visibleLabels(FxRobot robot, String text) {
        return robot.lookup("." + StyleClasses.GRAPH_EDGE_LABEL).queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getText().equals(text)).collect(Collectors.toSet());
    }

    @Test
    void anEdgeOnlyThisSideOfAComparisonMakesIsMarked(FxRobot robot) {
        Trace t = Runs.deadlock();
        robot.interact(() -> {
            graph.update(t, 26);
            graph.markOnlyHere(Set.of("device_lock->mem_hotplug_lock"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(graph.edgeLabel("device_lock->mem_hotplug_lock").getPseudoClassStates().contains(StyleClasses.ONLY_HERE));
        assertTrue(!graph.edgeLabel("mem_hotplug_lock->device_lock").getPseudoClassStates().contains(StyleClasses.ONLY_HERE));
        robot.interact(() -> graph.markOnlyHere(Set.of()));
        assertTrue(!graph.edgeLabel("device_lock->mem_hotplug_lock").getPseudoClassStates().contains(StyleClasses.ONLY_HERE));
    }

    @Test
    void theCycleTurnsRedAtTheStepThatClosesItAndLabelsJump(FxRobot robot) {
        Trace t = Runs.deadlock();
        List<Integer> jumps = new ArrayList<>();
        robot.interact(() -> {
            graph.setOnJump(jumps::add);
            graph.update(t, 25);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visibleLabels(robot, "26").isEmpty(), "the closing edge is not made yet");
        assertFalse(visibleLabels(robot, "22").isEmpty());
        assertTrue(visibleLabels(robot, "22").stream().noneMatch(l -> l.getPseudoClassStates().contains(StyleClasses.INVERSION)));
        assertTrue(robot.lookup("." + StyleClasses.GRAPH_THREAD).queryAll().isEmpty(), "no deadlock yet");

        robot.interact(() -> graph.update(t, 26));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visibleLabels(robot, "26").stream().anyMatch(l -> l.getPseudoClassStates().contains(StyleClasses.INVERSION)));
        Label dl = robot.lookup("." + StyleClasses.GRAPH_CLASS).queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("device_lock")).findFirst().orElseThrow();
        assertTrue(dl.getPseudoClassStates().contains(StyleClasses.INVERSION));
        assertTrue(dl.getStyleClass().contains(StyleClasses.NOVALIDATE));
        List<Node> threads = List.copyOf(robot.lookup("." + StyleClasses.GRAPH_THREAD).queryAll());
        assertEquals(2, threads.size(), "probe and udev in the wait-for cycle");
        assertTrue(threads.stream().allMatch(n -> n.getPseudoClassStates().contains(StyleClasses.DEADLOCKED)));

        robot.clickOn(visibleLabels(robot, "22").iterator().next());
        assertEquals(List.of(22), jumps);
    }

    private static ExplorationResult explore(io.lockstep.engine.Program p) {
        return new Explorer(p).explore(Limits.DEFAULT, Progress.NONE);
    }

    private Label classLabel(FxRobot robot, String name) {
        return robot.lookup("." + StyleClasses.GRAPH_CLASS).queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void hoveringAnEdgeShowsHowItWasMadeAndAClassWhatItProtects(FxRobot robot) {
        Trace t = Runs.deadlock();
        robot.interact(() -> {
            graph.showExplored(t.program(), explore(t.program()));
            graph.update(t, 26);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label edge = graph.edgeLabel("mem_hotplug_lock->device_lock");
        robot.moveTo(edge);
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        javafx.scene.control.Tooltip tip = edge.getTooltip();
        assertTrue(tip.isShowing(), "the witness shows on hover");
        assertTrue(tip.getText().startsWith("mem_hotplug_lock (write) \u2192 device_lock (write)"), tip.getText());
        assertTrue(tip.getText().contains("made at step 22 by \"probe\""), tip.getText());
        assertTrue(tip.getText().contains("while holding mem_hotplug_lock, taken at step"), tip.getText());
        String mh = classLabel(robot, "mem_hotplug_lock").getTooltip().getText();
        assertTrue(mh.startsWith("mem_hotplug_lock: ") && mh.contains("one global lock") && mh.contains("Writers"), mh);
        assertTrue(classLabel(robot, "device_lock").getTooltip().getText().contains("novalidate"));
    }

    /** Stepped live (the trace grows under the view): edges appear in their slots, nothing moves. */
    @Test
    void theClosingEdgePointsUpAndNothingMovesWhileStepping(FxRobot robot) {
        io.lockstep.engine.Program p = Runs.program("v40-hotadd-vs-udev-deadlock.lks");
        io.lockstep.trace.TraceRecorder live = new io.lockstep.trace.TraceRecorder(p, null);
        robot.interact(() -> {
            graph.showExplored(p, explore(p));
            graph.update(live.trace(), 0);
        });
        Map<String, Box> at0 = new java.util.HashMap<>(graph.graphLayout().nodes());
        for (int thread : Runs.DEADLOCK_SCHEDULE) {
            live.step(thread);
            int s = live.trace().size();
            robot.interact(() -> graph.update(live.trace(), s));
            assertEquals(at0, graph.graphLayout().nodes(), "step " + s);
            LayeredLayoutAssertions.noOverlaps("step " + s, graph.visibleTextBoxes());
        }
        Label closing = graph.edgeLabel("device_lock->mem_hotplug_lock");
        assertTrue(closing.isVisible() && closing.getPseudoClassStates().contains(StyleClasses.INVERSION));
        Box slot = graph.graphLayout().routes().get("device_lock->mem_hotplug_lock").label();
        assertEquals(slot.y(), closing.getLayoutY(), 1e-9, "drawn in its slot");
        Box dl = graph.graphLayout().nodes().get("device_lock");
        Box mh = graph.graphLayout().nodes().get("mem_hotplug_lock");
        assertTrue(graph.graphLayout().routes().get("device_lock->mem_hotplug_lock").upward());
        assertTrue(dl.y() > mh.y(), "mem_hotplug_lock is the outer lock, above");
    }

    @Test
    void cycleOnlyHidesEveryClassOffTheCycle(FxRobot robot) {
        Trace t = Runs.deadlock();
        robot.interact(() -> {
            graph.showExplored(t.program(), explore(t.program()));
            graph.update(t, 25);
        });
        long all = visibleClasses(robot).size();
        assertTrue(all >= 8, "every class some interleaving orders: " + all);
        robot.clickOn("Cycle only");
        assertEquals(all, visibleClasses(robot).size(), "no cycle yet: the filter keeps everything");
        robot.interact(() -> graph.update(t, 26));
        assertEquals(Set.of("mem_hotplug_lock", "mem_sysfs_mutex", "device_lock"), visibleClasses(robot));
        assertTrue(visibleLabels(robot, "26").stream().allMatch(l -> l.getPseudoClassStates()
                .contains(StyleClasses.INVERSION)), "only the cycle's edges stay");
        robot.clickOn("Cycle only");
        assertEquals(all, visibleClasses(robot).size());
    }

    private Set<String> visibleClasses(FxRobot robot) {
        return robot.lookup("." + StyleClasses.GRAPH_CLASS).queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).collect(Collectors.toSet());
    }

    @Test
    void itZoomsAndMovesIntoAWindowOfItsOwnAndBack(FxRobot robot) {
        Trace t = Runs.deadlock();
        robot.interact(() -> graph.update(t, 26));
        double fit = graph.viewport().scale();
        robot.clickOn("+");
        assertEquals(fit * 1.25, graph.viewport().scale(), 1e-6);
        robot.clickOn("Fit");
        assertEquals(fit, graph.viewport().scale(), 1e-6);
        robot.clickOn("Enlarge");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(graph.getScene() != scene, "in its own window");
        assertTrue(graph.getScene().getWindow().getWidth() > 760, "larger than the pane");
        robot.clickOn("Put back");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(graph.getScene() == scene, "back in the pane");
    }

    /**
     * Every sample, every shortest schedule the explorer reports: no class moves, and no text
     * (class, edge label, a gate's name, a thread's tag) overlaps another.
     */
    @Test
    void onEverySampleNothingMovesAndNoTextOverlaps(FxRobot robot) throws Exception {
        for (java.nio.file.Path file : io.lockstep.ui.view.layout.LayoutSamplesAccess.all()) {
            io.lockstep.engine.Program p = Runs.program(file.getFileName().toString());
            ExplorationResult r = explore(p);
            List<Trace> runs = r.findings().stream().map(f -> new io.lockstep.explore.ReplayScheduler(f.schedule())
                    .drive(new io.lockstep.trace.TraceRecorder(p, null), f.schedule().size())).toList();
            // One trip to the FX thread per sample: waiting for the FX queue after each run costs more
            // than the runs.
            WaitForAsyncUtils.asyncFx(() -> {
                graph.update(new io.lockstep.trace.TraceRecorder(p, null).trace(), 0);
                graph.showExplored(p, r);
                Map<String, Box> fixed = Map.copyOf(graph.graphLayout().nodes());
                for (int i = 0; i < runs.size(); i++) {
                    Trace t = runs.get(i);
                    io.lockstep.event.Finding finding = r.findings().get(i).finding();
                    // Every step of the lock-order findings' schedules; the end of the others
                    // (races, violations: long, and they make no edge the layout lacks either).
                    boolean lockOrder = finding instanceof io.lockstep.event.Finding.Deadlock
                            || finding instanceof io.lockstep.event.Finding.Inversion;
                    for (int step = lockOrder ? 0 : t.size(); step <= t.size(); step++) {
                        graph.update(t, step);
                        String where = file.getFileName() + " " + finding.kind() + " step " + step;
                        assertEquals(fixed, graph.graphLayout().nodes(), where);
                        LayeredLayoutAssertions.noOverlaps(where, graph.visibleTextBoxes());
                    }
                }
            }).get();
        }
    }
}
