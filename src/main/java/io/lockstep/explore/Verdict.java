package io.lockstep.explore;

import io.lockstep.event.Finding;
import io.lockstep.model.Expect;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether one {@code expect} line holds over all interleavings, with the finding that decides it:
 * for a positive line the finding that shows it, for a {@code no ...} line the counterexample.
 */
public record Verdict(Expect expect, Status status, Found witness) {

    public enum Status {
        HOLDS, FAILS, UNSETTLED;
    }

    /** Decides every expect line of a scenario from one exploration. */
    public static List<Verdict> decide(List<Expect> expects, ExplorationResult result) {
        List<Verdict> out = new ArrayList<>();
        for (Expect e : expects) {
            Found match = result.findings().stream().filter(f -> matches(e, f.finding())).findFirst().orElse(null);
            Status status;
            if (e.positive()) {
                status = match != null ? Status.HOLDS : result.complete() ? Status.FAILS : Status.UNSETTLED;
            } else {
                status = match != null ? Status.FAILS : result.complete() ? Status.HOLDS : Status.UNSETTLED;
            }
            out.add(new Verdict(e, status, match));
        }
        return out;
    }

    /** Whether a finding is one an expect line speaks of. */
    public static boolean matches(Expect e, Finding f) {
        return switch (e.kind()) {
            case DEADLOCK -> f instanceof Finding.Deadlock;
            case INVERSION -> f instanceof Finding.Inversion inv && inv.gate() == null && namesCycle(e, inv);
            case GUARDED_INVERSION -> f instanceof Finding.Inversion inv && inv.gate() != null && namesCycle(e, inv);
            case RACE -> f instanceof Finding.Race r && (e.args().isEmpty() || e.args().get(0).equals(r.place()));
            // A broken documented rule (--rules, the window) is reported, but expect lines speak of the
            // kernel's own checks, so a scenario's verdicts mean the same with rule checks on or off.
            case VIOLATION -> f instanceof Finding.Violation v && v.violation() != Finding.ViolationKind.RULE_BROKEN;
        };
    }

    /** Every named lock is a class of the cycle (or, for a guarded one, its gate). */
    private static boolean namesCycle(Expect e, Finding.Inversion inv) {
        for (String a : e.args()) {
            boolean gate = inv.gate() != null && (inv.gate().equals(a) || inv.gate().startsWith(a + "["));
            if (!inv.cycle().contains(a) && !gate) {
                return false;
            }
        }
        return true;
    }
}
