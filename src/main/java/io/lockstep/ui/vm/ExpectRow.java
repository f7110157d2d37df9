package io.lockstep.ui.vm;

/**
 * One {@code expect} line of the scenario and whether it holds over every interleaving.
 * {@code writtenFor} names the model the line was written for when the run uses another one (then a
 * line that does not hold is news about that model, not a failure); null otherwise.
 */
public record ExpectRow(String text, Status status, String writtenFor) {
    public ExpectRow(String text, Status status) {
        this(text, status, null);
    }

    public enum Status {
        CHECKING("checking…"), HOLDS("holds"), FAILS("does not hold"), UNSETTLED("not settled");

        public final String words;

        Status(String words) {
            this.words = words;
        }
    }
}
