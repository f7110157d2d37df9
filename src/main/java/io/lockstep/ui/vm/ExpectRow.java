package io.lockstep.ui.vm;

/** One {@code expect} line of the scenario and whether it holds over every interleaving. */
public record ExpectRow(String text, Status status) {
    public enum Status {
        CHECKING("checking…"), HOLDS("holds"), FAILS("does not hold"), UNSETTLED("not settled");

        public final String words;

        Status(String words) {
            this.words = words;
        }
    }
}
