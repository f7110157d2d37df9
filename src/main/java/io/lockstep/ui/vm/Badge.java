package io.lockstep.ui.vm;

import io.lockstep.event.Finding;

/**
 * One verdict badge: whether any interleaving of the scenario shows a kind of finding, with the
 * length of the shortest schedule that does, and whether the run on screen has shown it yet.
 */
public record Badge(Finding.Kind kind, Status status, int steps, String summary, boolean seenInRun,
        boolean ruleOnly) {

    /** {@code ruleOnly}: a violation badge whose only findings break a documented rule, not a kernel check. */
    public Badge(Finding.Kind kind, Status status, int steps, String summary, boolean seenInRun) {
        this(kind, status, steps, summary, seenInRun, false);
    }

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

    /** "found · 22 steps", "rule broken · 0 steps", "none", "checking…". */
    public String statusText() {
        return status == Status.FOUND ? (ruleOnly ? "rule broken" : "found") + " · " + steps + " step"
                + (steps == 1 ? "" : "s") : status.words;
    }
}
