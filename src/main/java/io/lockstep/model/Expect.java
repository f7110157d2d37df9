package io.lockstep.model;

import java.util.List;

/**
 * One {@code expect} line. {@code positive} is false for the {@code no ...} form. {@code args} are
 * lock class names (inversions) or one place written as in a scenario, such as
 * {@code zone(Movable).present_pages} (races); empty when the line names none.
 */
public record Expect(Kind kind, boolean positive, List<String> args, SourcePos pos) {
    public Expect {
        args = List.copyOf(args);
    }

    public enum Kind {
        DEADLOCK("deadlock"), INVERSION("inversion"), GUARDED_INVERSION("guarded inversion"), RACE("race"),
        VIOLATION("violation");

        public final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    /** The line as a user wrote it, normalised: {@code expect no race}, {@code expect inversion a b}. */
    public String text() {
        StringBuilder sb = new StringBuilder("expect ");
        if (!positive) {
            sb.append("no ");
        }
        sb.append(kind.words);
        for (String a : args) {
            sb.append(' ').append(a);
        }
        return sb.toString();
    }
}
