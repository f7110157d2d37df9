package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.ui.view.StyleClasses;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph in the window (at the headless screen's 1280x800), as the screenshot shows it: once the exploration ends it
 * is laid out from every interleaving's edges, and playing the shortest race schedule to its end
 * moves no class.
 */
class LockGraphPaneFxTest extends WindowFixture {
    @Override
    protected String sample() {
        return "v418-online-attr-vs-probe-race.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }


    private Map<String, Bounds> classesOnScreen() {
        return fx(() -> window.scene().getRoot().lookupAll("." + StyleClasses.GRAPH_CLASS).stream()
                .filter(Node::isVisible).map(n -> (Label) n)
                .collect(Collectors.toMap(Label::getText, Label::getBoundsInParent)));
    }

    @Test
    void theExploredLayoutIsShownAndPlayingTheRaceMovesNothing() {
        waitUntil("explored", () -> !session.verdicts().exploringProperty().get() && session.verdicts().result() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String caption = fx(() -> ((Label) window.scene().getRoot().lookup("." + StyleClasses.GRAPH_CAPTION)).getText());
        assertFalse(caption.contains("layout follows this run"), caption);
        assertTrue(caption.startsWith("0 of 27 edges, 10 classes"), caption);
        Map<String, Bounds> before = classesOnScreen();
        assertEquals(10, before.size(), "every class some interleaving orders is placed from the start");
        fx(() -> {
            session.find(Finding.Kind.RACE);
            return null;
        });
        waitUntil("the race schedule is loaded", () -> session.run().recordedStepsProperty().get() > 50
                && !session.run().isBusy());
        fx(() -> {
            session.run().end();
            return null;
        });
        waitUntil("at its end", () -> !session.run().isBusy()
                && session.run().shownStepProperty().get() == session.run().recordedStepsProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, classesOnScreen());
        String after = fx(() -> ((Label) window.scene().getRoot().lookup("." + StyleClasses.GRAPH_CAPTION)).getText());
        assertTrue(after.startsWith("27 of 27 edges"), after);
    }
}
