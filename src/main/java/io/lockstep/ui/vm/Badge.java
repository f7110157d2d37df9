package io.lockstep.ui.vm;

import io.lockstep.event.Finding;

/**
 * One verdict badge: whether any interleaving of the scenario shows a kind of finding, with the
 * length of the shortest schedule that does, and whether the run on screen has shown it yet.
 */
public record Badge(Finding.Kind kind, Status status, int steps, String summary, boolean seenInRun) {

    public enum Status {
        CHECKING("checking…"), FOUND("found"), NOT_FOUND("none"), NOT_CHECKED("not checked");

        public final String words;

        Status(String words) {
            this.words = words;
        }
    }

    /** The kind with a capital, as the badge title: "Guarded inversion". */
    public String title() {
        String w = kind.words;
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** "found · 22 steps", "none", "checking…". */
    public String statusText() {
        return status == Status.FOUND ? "found · " + steps + " step" + (steps == 1 ? "" : "s") : status.words;
    }
}
