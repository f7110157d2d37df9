package io.lockstep.cli;

import io.lockstep.event.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Lockdep's "possible unsafe locking scenario" for an inversion, in the two-column form the kernel
 * prints (kernel/locking/lockdep.c: print_circular_lock_scenario), so a kernel developer reads it
 * the way they read a splat.
 */
final class LockdepScenario {
    private LockdepScenario() {}

    static List<String> lines(Finding.Inversion inv) {
        return lines(inv, java.util.function.UnaryOperator.identity());
    }

    /** {@code lockdepName} maps a class as the scenario names it to the name lockdep prints. */
    static List<String> lines(Finding.Inversion inv, java.util.function.UnaryOperator<String> lockdepName) {
        List<String> out = new ArrayList<>();
        List<String> c = inv.cycle().stream().map(lockdepName).toList();
        if (inv.recursive()) {
            out.add(" Possible unsafe locking scenario:");
            out.add("");
            out.add("       CPU0");
            out.add("       ----");
            out.add("  lock(" + c.get(0) + ");");
            out.add("  lock(" + c.get(0) + ");");
            out.add("");
            out.add(" *** DEADLOCK ***");
            out.add("");
            out.add(" May be due to missing lock nesting notation");
            return out;
        }
        String source = c.get(0);
        String target = c.get(1);
        String parent = c.get(c.size() - 1);
        if (c.size() > 2) {
            out.add(" Chain exists of:");
            List<String> chain = new ArrayList<>(c.subList(1, c.size()));
            chain.add(source);
            out.add("   " + String.join(" --> ", chain));
            out.add("");
        }
        out.add(" Possible unsafe locking scenario:");
        out.add("");
        out.add(row("CPU0", "CPU1"));
        out.add(row("----", "----"));
        out.add(row("lock(" + source + ");", ""));
        out.add(row("", "lock(" + parent + ");"));
        out.add(row("", "lock(" + source + ");"));
        out.add(row("lock(" + target + ");", ""));
        out.add("");
        out.add(" *** DEADLOCK ***");
        return out;
    }

    private static String row(String cpu0, String cpu1) {
        String left = "       " + cpu0;
        if (cpu0.startsWith("lock(") || cpu0.isEmpty()) {
            left = "  " + cpu0;
        }
        StringBuilder sb = new StringBuilder(left);
        while (sb.length() < 31) {
            sb.append(' ');
        }
        return cpu1.isEmpty() ? left : sb + cpu1;
    }
}
