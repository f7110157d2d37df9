package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help ▸ Locking rules on v4.18's online attribute: as the thread steps into online_pages(), the
 * rule its step follows wears "✔ followed" and the comment it breaks "✘ broken"; the narration and
 * the thread's card say why the kernel does what it does there.
 */
class RulesWindowTest extends WindowFixture {
    private static final PseudoClass FOLLOWED = PseudoClass.getPseudoClass("followed");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    @Override
    protected String sample() {
        return "v418-online-attr-vs-probe-race.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    private boolean lit(PseudoClass standing, String text, String badge) {
        List<Label> rows = window.rulesWindow().rows();
        return rows.stream().anyMatch(l -> l.getPseudoClassStates().contains(standing) && l.getText().contains(text)
                && l.getGraphic() instanceof Label b && b.getText().contains(badge));
    }

    /** Steps the "online attr" thread (thread 0) until {@code condition} holds on screen. */
    private void stepUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 40 && !fx(condition); i++) {
            int before = fx(() -> run.currentProperty().get().step());
            WaitForAsyncUtils.asyncFx(() -> run.stepThread(0)).get();
            waitForStep(before + 1);
        }
        assertTrue(fx(condition), what);
    }

    @Test
    void theRuleAStepFollowsAndTheCommentItBreaksAreLitDifferently(FxRobot robot) throws Exception {
        waitForVerdicts();
        robot.clickOn("#help-menu");
        robot.clickOn("#help-rules");
        waitUntil("the rules are listed", () -> window.rulesWindow().rows().size() == 8);
        stepUntil("device_online() follows its rule", () -> lit(FOLLOWED, "Call under device_hotplug_lock", "followed"));
        stepUntil("memory_block_action() breaks its comment", () -> lit(BROKEN, "Must already be protected", "broken"));
        assertTrue(fx(() -> window.rulesWindow().rows().stream().noneMatch(l -> l.getPseudoClassStates().contains(BROKEN)
                && l.getPseudoClassStates().contains(FOLLOWED))), "a rule is lit one way at a time");
        WaitForAsyncUtils.asyncFx(() -> window.rulesWindow().stage().hide()).get();
    }

    @Test
    void theNarrationAndTheThreadCardSayWhy(FxRobot robot) throws Exception {
        waitForVerdicts();
        stepUntil("the narration says why", () -> {
            Label why = robot.lookup("#narration-why").queryAs(Label.class);
            return why.isVisible() && why.getText().startsWith("why: ");
        });
        // The card's innermost frame shows its proc's why (the one the narration shows for its step).
        String narrated = fx(() -> robot.lookup("#narration-why").queryAs(Label.class).getText().substring(5));
        assertTrue(fx(() -> window.scene().getRoot().lookupAll(".lk-thread-why").stream().map(Node.class::cast)
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().equals(narrated))), narrated);
    }
}
