package io.lockstep.ui.stage;

import io.lockstep.ui.vm.NarrationText;
import io.lockstep.ui.vm.StepView;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The caption line at the bottom of the stage: who did what at this step, then what it means (the
 * model's note, the kernel function, or the finding). It wraps rather than cuts: a caption that
 * ends in "…" is no caption for the back row.
 */
final class StageCaption extends VBox {
    private static final PseudoClass FINDING = PseudoClass.getPseudoClass("finding");
    private static final PseudoClass GUARDED = PseudoClass.getPseudoClass("guarded");
    private final Label headline = new Label();
    private final Label detail = new Label();
    /** The why of the proc the step ran in (what the kernel does there, and which rule governs it). */
    private final Label why = new Label();

    StageCaption() {
        getStyleClass().add("lk-stage-caption");
        headline.getStyleClass().add("lk-stage-caption-headline");
        detail.getStyleClass().add("lk-stage-caption-detail");
        headline.setId("stage-caption-headline");
        detail.setId("stage-caption");
        why.getStyleClass().add("lk-stage-caption-why");
        why.setId("stage-caption-why");
        for (Label l : new Label[] {headline, detail, why}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(headline, detail, why);
    }

    void show(StepView v) {
        if (v == null) {
            return;
        }
        NarrationText n = v.narration();
        show(n.headline(), n.detail(), n.tone(), n.why());
    }

    void show(String head, String text, NarrationText.Tone tone, String whyText) {
        headline.setText(head);
        detail.setText(text);
        detail.setManaged(!text.isEmpty());
        detail.setVisible(!text.isEmpty());
        why.setText(whyText.isEmpty() ? "" : "why: " + whyText);
        why.setManaged(!whyText.isEmpty());
        why.setVisible(!whyText.isEmpty());
        pseudoClassStateChanged(FINDING, tone == NarrationText.Tone.FINDING);
        pseudoClassStateChanged(GUARDED, tone == NarrationText.Tone.GUARDED);
    }

    /** A tour's stop: where in the tour, its caption, and its question or the answer's feedback. */
    void showTour(String position, String captionText, String question) {
        show(position, captionText, NarrationText.Tone.NOTE, "");
        why.setText(question);
        why.setManaged(!question.isEmpty());
        why.setVisible(!question.isEmpty());
    }

    String text() {
        return headline.getText() + "\n" + detail.getText() + (why.getText().isEmpty() ? "" : "\n" + why.getText());
    }
}
