package io.lockstep.ui.panel;

import io.lockstep.ui.vm.NarrationText;
import io.lockstep.ui.vm.RunViewModel;
import io.lockstep.ui.vm.StepView;
import javafx.animation.FadeTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One line that tells the story of the shown step: who did what, then the scenario's note for it,
 * the kernel function it ran in, or, in red, the finding it revealed; below, the why of the proc it
 * ran in. New text fades in, so a
 * speaker's audience notices it changed.
 */
public final class NarrationLine extends VBox {
    private final Label headline = new Label();
    private final Label detail = new Label();
    /** The why of the proc the step ran in: what the kernel does there and which rule governs it. */
    private final Label why = new Label();
    private final FadeTransition fade = new FadeTransition(Duration.millis(250), this);

    public NarrationLine(RunViewModel run) {
        getStyleClass().add(PanelStyles.NARRATION);
        headline.getStyleClass().add(PanelStyles.NARRATION_HEADLINE);
        headline.setId("narration-headline");
        detail.getStyleClass().add(PanelStyles.NARRATION_DETAIL);
        detail.setId("narration");
        detail.setWrapText(true);
        why.getStyleClass().add(PanelStyles.NARRATION_WHY);
        why.setId("narration-why");
        why.setWrapText(true);
        getChildren().addAll(headline, detail, why);
        fade.setFromValue(0.35);
        fade.setToValue(1);
        run.currentProperty().addListener((obs, was, is) -> show(is));
    }

    private void show(StepView v) {
        if (v == null) {
            return;
        }
        NarrationText n = v.narration();
        String whyText = n.why().isEmpty() ? "" : "why: " + n.why();
        if (n.headline().equals(headline.getText()) && n.detail().equals(detail.getText())
                && whyText.equals(why.getText())) {
            return;
        }
        headline.setText(n.headline());
        detail.setText(n.detail());
        why.setText(whyText);
        why.setVisible(!whyText.isEmpty());
        why.setManaged(!whyText.isEmpty());
        pseudoClassStateChanged(PanelStyles.FINDING, n.tone() == NarrationText.Tone.FINDING);
        pseudoClassStateChanged(PanelStyles.GUARDED, n.tone() == NarrationText.Tone.GUARDED);
        pseudoClassStateChanged(PanelStyles.NOTE, n.tone() == NarrationText.Tone.NOTE);
        fade.playFromStart();
    }
}
