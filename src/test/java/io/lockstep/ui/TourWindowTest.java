package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.ui.vm.TourViewModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A bundled tour played in the window as a speaker would: opened from the Tours menu, stepped with
 * the clicker's PageDown, its question answered wrong (a card click: feedback, no step) and then
 * right (feedback, and the thread steps), highlights on the cards and the map, Esc to end it.
 */
class TourWindowTest extends WindowFixture {
    @Override
    protected String sample() {
        return "v418-hotadd-vs-udev.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    private String text(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private TourViewModel tour() {
        return session.tour();
    }

    /** Samples ▸ Tours ▸ the 2015 deadlock, as a user opens it; returns at its first stop. */
    private void playTheDeadlockTourFromTheMenu(FxRobot robot) {
        waitForVerdicts();
        robot.clickOn("#samples-menu");
        robot.clickOn("#tours-menu");
        robot.clickOn("#tour-deadlock-2015");
        waitUntil("the tour plays", () -> tour().playingProperty().get());
        waitForStep(0);
    }

    @Test
    void theDeadlockTourPlaysWithAWrongAndARightAnswer(FxRobot robot) {
        playTheDeadlockTourFromTheMenu(robot);
        assertTrue(fx(() -> robot.lookup("#tour-bar").query().isVisible()));
        assertTrue(text(robot, "#tour-caption").startsWith("Linux 4.0."), text(robot, "#tour-caption"));
        assertEquals("v40-hotadd-vs-udev-deadlock.lks", fx(() -> session.fileNameProperty().get()));
        assertTrue(fx(() -> window.threads().card(0).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("tour"))), "the first stop rings probe's card");
        waitUntil("block 4 is ringed on the map", () -> robot.lookup("#tour-map-marks").queryAs(
                javafx.scene.layout.Pane.class).getChildren().size() == 1);

        robot.type(KeyCode.PAGE_DOWN);
        waitForStep(2);
        robot.type(KeyCode.PAGE_DOWN, 2);
        waitForStep(14);
        assertEquals("Chapter 1 of 3 · stop 4 of 13", fx(() -> tour().positionProperty().get()));
        assertTrue(text(robot, "#tour-question").startsWith("Which thread would you step now"));
        assertTrue(tour().isAsking());

        Node probe = fx(() -> window.threads().card(0));
        robot.clickOn(probe);
        waitUntil("the wrong answer is heard", () -> tour().answerProperty().get() == TourViewModel.Answer.WRONG);
        assertTrue(text(robot, "#tour-feedback").startsWith("Not this one"), text(robot, "#tour-feedback"));
        assertEquals(14, fx(() -> run.shownStepProperty().get()), "a wrong answer steps nothing");
        assertTrue(tour().isAsking(), "a wrong answer may try again");

        robot.type(KeyCode.DIGIT2); // udev, by its number
        waitUntil("the right answer is heard", () -> tour().answerProperty().get() == TourViewModel.Answer.RIGHT);
        assertTrue(text(robot, "#tour-feedback").startsWith("Right"), text(robot, "#tour-feedback"));
        waitForStep(15);
        assertEquals(1, fx(() -> run.trace().step(15).thread()), "the right answer stepped udev");
        assertEquals(26, fx(() -> run.recordedStepsProperty().get()), "stepping the answer kept the schedule");

        robot.type(KeyCode.PAGE_DOWN);
        waitForStep(19);
        waitUntil("the device_hotplug_lock lane is ringed", () -> robot.lookup("#tour-lane-marks").queryAs(
                javafx.scene.layout.Pane.class).getChildren().size() == 1);
        robot.type(KeyCode.PAGE_UP);
        waitForStep(14);
        assertEquals(TourViewModel.Answer.ASKING, fx(() -> tour().answerProperty().get()), "back at the question, it asks again");

        robot.type(KeyCode.ESCAPE);
        waitUntil("the tour has ended", () -> !tour().playingProperty().get());
        assertFalse(fx(() -> robot.lookup("#tour-bar").query().isVisible()));
        robot.type(KeyCode.SPACE);
        waitForStep(15); // Space steps the run again
    }

    @Test
    void presentationModePlaysTheTourWithTheClicker(FxRobot robot) {
        playTheDeadlockTourFromTheMenu(robot);
        robot.type(KeyCode.F5);
        waitUntil("the stage is up", () -> window.scene().lookup("#stage") != null);
        assertTrue(text(robot, "#stage-caption").startsWith("Linux 4.0."), "the stage's caption is the tour's");
        assertTrue(text(robot, "#stage-caption-headline").startsWith("Chapter 1 of 3"), text(robot, "#stage-caption-headline"));
        robot.type(KeyCode.PAGE_DOWN);
        waitForStep(2);
        robot.type(KeyCode.PAGE_DOWN, 2);
        waitForStep(14);
        assertTrue(text(robot, "#stage-caption-why").startsWith("Which thread would you step now"));
        java.util.List<Node> cards = fx(() -> java.util.List.copyOf(window.scene().getRoot().lookupAll(".lk-stage-card")));
        assertEquals(2, cards.size());
        robot.clickOn(cards.get(0));
        waitUntil("the wrong answer is heard", () -> tour().answerProperty().get() == TourViewModel.Answer.WRONG);
        assertTrue(text(robot, "#stage-caption-why").contains("Not this one"), text(robot, "#stage-caption-why"));
        assertEquals(14, fx(() -> run.shownStepProperty().get()), "a wrong answer steps nothing");
        robot.clickOn(cards.get(1));
        waitUntil("the right answer is heard", () -> tour().answerProperty().get() == TourViewModel.Answer.RIGHT);
        waitForStep(15);
        robot.type(KeyCode.PAGE_DOWN);
        waitForStep(19);
        waitUntil("the stage rings the device_hotplug_lock lane", () -> robot.lookup("#stage-tour-lane-marks")
                .queryAs(javafx.scene.layout.Pane.class).getChildren().size() == 1);
        robot.type(KeyCode.ESCAPE);
        waitUntil("Esc ends the tour first", () -> !tour().playingProperty().get());
        assertTrue(fx(() -> window.presenting()), "the stage stays up");
    }

    @Test
    void aTourWithErrorsShowsThemInsteadOfPlaying(FxRobot robot) throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad", ".tour");
        java.nio.file.Files.writeString(bad, "tour \"t\"\nscenario \"nowhere.lks\"\nchapter \"c\" { schedule deadlock\n"
                + "  at step 1 { caption \"x\" } }\n");
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.playTour(io.lockstep.tour.TourLoader.load(bad))).get();
        waitUntil("the errors are shown", () -> robot.lookup("#tour-errors").tryQuery().isPresent());
        String report = fx(() -> robot.lookup("#tour-errors").queryAs(javafx.scene.control.TextArea.class).getText());
        assertTrue(report.contains(":2:10: cannot find the scenario \"nowhere.lks\""), report);
        assertTrue(report.contains("\n    scenario \"nowhere.lks\"\n             ^"), report);
        assertFalse(tour().playingProperty().get());
        java.nio.file.Files.delete(bad);
    }
}
