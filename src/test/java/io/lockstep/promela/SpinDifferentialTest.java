package io.lockstep.promela;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.engine.Scenarios;
import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Found;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.RandomScenarios;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

/**
 * SPIN as a referee: on every sample and on random scenarios, the model that {@code export --format
 * promela} writes gets the same deadlock and assertion verdicts from spin/gcc/pan as Lockstep's
 * explorer gives. Any disagreement is a bug on one side (the engine, the explorer, or the
 * translation). Prints both checkers' times to verdict; asserts nothing about them.
 *
 * <p>Without spin on the PATH this is skipped, except under CI (the variable CI set), where it
 * fails: .ci/run is expected to install it.
 */
class SpinDifferentialTest {
    /** What a verdict is compared on: whether some interleaving deadlocks, and whether some assertion fails. */
    record Verdict(boolean deadlock, boolean assertion) {
        @Override
        public String toString() {
            return (deadlock ? "deadlock" : "no deadlock") + ", " + (assertion ? "assertion fails" : "assertions hold");
        }
    }

    /** Totals of the random scenarios, printed once they have all run. */
    private static final long[] RANDOM = new long[4]; // count, lockstep ns, pan ms, end-to-end ms
    private static final List<String> RANDOM_KINDS = new ArrayList<>();

    static Spin spin() {
        Spin spin = Spin.find();
        if (spin == null) {
            if (System.getenv("CI") != null) {
                fail("spin (and gcc) must be on the PATH under CI: .ci/run must install the Debian package 'spin'");
            }
            org.junit.jupiter.api.Assumptions.abort("spin or gcc is not on the PATH: the SPIN differential test is skipped"
                    + " (install the Debian package 'spin')");
        }
        return spin;
    }

    /** Lockstep's verdicts: a deadlock found, or a failed assert or assert_held. */
    static Verdict lockstep(ExplorationResult r) {
        assertTrue(r.complete(), "the exploration must finish to give a verdict: " + r.stopReason());
        boolean deadlock = false;
        boolean assertion = false;
        for (Found f : r.findings()) {
            deadlock |= f.finding() instanceof Finding.Deadlock;
            assertion |= f.finding() instanceof Finding.Violation v && (v.violation() == Finding.ViolationKind.ASSERT
                    || v.violation() == Finding.ViolationKind.LOCK_NOT_HELD || v.violation() == Finding.ViolationKind.RULE_BROKEN);
        }
        return new Verdict(deadlock, assertion);
    }

    /** Both checkers on one program, with their times. */
    record Compared(Verdict lockstep, Verdict spin, double lockstepMillis, Spin.Verdicts run, double exportMillis) {
        double endToEndMillis() {
            return exportMillis + run.compileMillis() + run.panMillis();
        }
    }

    static Compared compare(Spin spin, Program program, String name, String optimization) throws IOException {
        long t0 = System.nanoTime();
        ExplorationResult r = new Explorer(program).explore(Limits.DEFAULT, Progress.NONE);
        double lockstepMillis = (System.nanoTime() - t0) / 1e6;
        long t1 = System.nanoTime();
        String model = Promela.model(program, List.of(name));
        double export = (System.nanoTime() - t1) / 1e6;
        Spin.Verdicts v = spin.verify(model, optimization);
        return new Compared(lockstep(r), new Verdict(v.deadlock(), v.assertion()), lockstepMillis, v, export);
    }

    @Test
    void everySampleGetsLockstepsVerdictsFromSpin() throws IOException {
        Spin spin = spin();
        List<String> disagreements = new ArrayList<>();
        double ls = 0;
        double pan = 0;
        double e2e = 0;
        int count = 0;
        System.out.printf(Locale.ROOT, "%-48s %-34s %10s %10s %10s %8s %8s%n", "sample (SPIN vs Lockstep)", "verdict",
                "lockstep", "pan", "spin e2e", "pan/ls", "e2e/ls");
        for (Path file : Scenarios.sampleFiles().toList()) {
            Loaded l = ScenarioLoader.loadChecked(file, null, Capacity::check);
            assertTrue(l.ok(), file + ": " + l.errors());
            Compared c = compare(spin, Program.compile(l.scenario()), file.toString(), "-O0");
            if (!c.lockstep().equals(c.spin())) {
                disagreements.add(file + ": Lockstep says " + c.lockstep() + ", SPIN says " + c.spin());
            }
            print(file.getFileName().toString(), c);
            ls += c.lockstepMillis();
            pan += c.run().panMillis();
            e2e += c.endToEndMillis();
            count++;
        }
        System.out.printf(Locale.ROOT, "%-48s %-34s %8.1fms %8.1fms %8.1fms %8.2f %8.2f%n", "total, " + count + " samples",
                "", ls, pan, e2e, pan / ls, e2e / ls);
        assertTrue(count >= 30, "the samples folder has its samples");
        assertEquals(List.of(), disagreements, "SPIN and Lockstep disagree");
    }

    private static void print(String name, Compared c) {
        System.out.printf(Locale.ROOT, "%-48s %-34s %8.1fms %8.1fms %8.1fms %8.2f %8.2f%n", name,
                c.lockstep().equals(c.spin()) ? c.lockstep().toString() : "DISAGREE " + c.spin(), c.lockstepMillis(),
                c.run().panMillis(), c.endToEndMillis(), c.run().panMillis() / c.lockstepMillis(),
                c.endToEndMillis() / c.lockstepMillis());
    }

    @Provide
    Arbitrary<String> randomScenarios() {
        return Arbitraries.oneOf(RandomScenarios.locking(), RandomScenarios.syscalls(), RandomScenarios.asserting());
    }

    /** gcc -O0: half the compile time of -O2, and these state spaces are a few hundred states. */
    @Property(tries = 200)
    void randomScenariosGetLockstepsVerdictsFromSpin(@ForAll("randomScenarios") String text) throws IOException {
        Spin spin = spin();
        Compared c = compare(spin, Program.compile(Scenarios.load(text)), "random scenario", "-O0");
        synchronized (RANDOM) {
            RANDOM[0]++;
            RANDOM[1] += (long) (c.lockstepMillis() * 1e6);
            RANDOM[2] += (long) c.run().panMillis();
            RANDOM[3] += (long) c.endToEndMillis();
            RANDOM_KINDS.add(c.lockstep().toString());
        }
        assertEquals(c.lockstep(), c.spin(), "SPIN and Lockstep disagree on\n" + text);
    }

    @AfterContainer
    static void printRandomTotals() {
        if (RANDOM[0] == 0) {
            return;
        }
        double ls = RANDOM[1] / 1e6;
        System.out.printf(Locale.ROOT, "random scenarios: %d; lockstep %.1f ms, pan %d ms, spin end to end %d ms;"
                + " pan/lockstep %.2f, end-to-end/lockstep %.2f%n", RANDOM[0], ls, RANDOM[2], RANDOM[3], RANDOM[2] / ls,
                RANDOM[3] / ls);
        java.util.Map<String, Long> kinds = new java.util.TreeMap<>();
        RANDOM_KINDS.forEach(k -> kinds.merge(k, 1L, Long::sum));
        System.out.println("random scenarios by verdict: " + kinds);
    }
}
