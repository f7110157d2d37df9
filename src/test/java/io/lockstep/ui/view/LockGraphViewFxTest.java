package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.trace.Trace;
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

    @Start
    void start(Stage stage) {
        graph = new LockGraphView();
        Scene scene = new Scene(graph, 760, 520);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private Set<Label> visibleLabels(FxRobot robot, String text) {
        return robot.lookup("." + StyleClasses.GRAPH_EDGE_LABEL).queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getText().equals(text)).collect(Collectors.toSet());
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
}
