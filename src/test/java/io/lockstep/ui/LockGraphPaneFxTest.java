package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.ui.view.StyleClasses;
import io.lockstep.ui.vm.ScenarioSource;
import io.lockstep.ui.vm.SessionViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph in the window (at the headless screen's 1280x800), as the screenshot shows it: once the exploration ends it
 * is laid out from every interleaving's edges, and playing the shortest race schedule to its end
 * moves no class.
 */
@ExtendWith(ApplicationExtension.class)
class LockGraphPaneFxTest {
    private SessionViewModel session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        session = new SessionViewModel();
        window = new MainWindow(stage, session, 1280, 800); // the headless screen's size
        session.open(ScenarioSource.read(Path.of("samples", "v418-online-attr-vs-probe-race.lks")));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> window.stop()).get();
        session.close();
    }

    private static <T> T fx(Callable<T> read) {
        return FxWait.fx(read);
    }

    private static void waitUntil(String what, Callable<Boolean> condition) {
        FxWait.waitUntil(what, condition, 20);
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
