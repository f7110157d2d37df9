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
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * One scenario per rule of the semantics that random scenarios rarely reach, each with the verdict
     * it must get: the differential test fails if the translation of that rule is wrong.
     */
    static Stream<Arguments> targeted() {
        String ab = "lock a : mutex\nlock b : mutex\n";
        return Stream.of(
                Arguments.of("writer preference: a reader queues behind a waiting writer", """
                        lock s : rwsem
                        lock a : mutex
                        thread "r1" { read_lock s  lock a  unlock a  read_unlock s }
                        thread "r2" { lock a  read_lock s  read_unlock s  unlock a }
                        thread "w" { lock s  unlock s }
                        """, new Verdict(true, false)),
                Arguments.of("a wait-for cycle while a third thread restarts forever", ab + """
                        thread "t0" { lock a  lock b  unlock b  unlock a }
                        thread "t1" { lock b  lock a  unlock a  unlock b }
                        thread "t2" { restart }
                        """, new Verdict(true, false)),
                Arguments.of("a lock left held by a finished thread, every other thread blocked", ab + """
                        thread "t0" { lock a }
                        thread "t1" { lock a }
                        """, new Verdict(true, false)),
                Arguments.of("the same, but a third thread can always move: no deadlock", ab + """
                        thread "t0" { lock a }
                        thread "t1" { lock a }
                        thread "t2" { restart }
                        """, new Verdict(false, false)),
                Arguments.of("a second read hold of an rwsem waits for the first", """
                        lock s : rwsem
                        thread "t0" { read_lock s  read_lock s }
                        thread "t1" { restart }
                        """, new Verdict(true, false)),
                Arguments.of("a drain waits for the active references, holding a lock", """
                        lock a : mutex
                        lock k : active_ref lockdep "kn->count"
                        thread "t0" { read_trylock k else return  lock a  unlock a  read_unlock k }
                        thread "t1" { lock a  drain k  unlock a }
                        thread "t2" { restart }
                        """, new Verdict(true, false)),
                Arguments.of("an unchecked unlock does not undo a self-deadlock already reached", ab + """
                        thread "t0" { lock a  lock a }
                        thread "t1" { unlock a anyway }
                        """, new Verdict(true, false)),
                Arguments.of("a runtime error (unlock of a lock not held) ends that execution", ab + """
                        thread "t0" { lock a  unlock b  lock a }
                        thread "t1" { restart }
                        """, new Verdict(false, false)),
                Arguments.of("a runtime error (an unknown block number) ends that execution", """
                        lock d[] : mutex novalidate
                        thread "t0" { let b = 9  lock d[b]  lock d[b] }
                        thread "t1" { restart }
                        """, new Verdict(false, false)),
                Arguments.of("a let whose value leaves 32 bits is a runtime error that ends the execution", ab + """
                        thread "t0" { let v = 2147483647  let w = v + 1  lock a  lock a }
                        thread "t1" { restart }
                        """, new Verdict(false, false)),
                Arguments.of("an assert over a read under the lock holds", ab + """
                        var x = 0
                        thread "t0" { lock a  write x = 1  write x = 0  unlock a  write x = 2 }
                        thread "t1" { lock a  read x -> v  unlock a  assert v != 1 "x is 1 only inside a" }
                        """, new Verdict(false, false)),
                Arguments.of("the same assert over a read without the lock fails", ab + """
                        var x = 0
                        thread "t0" { lock a  write x = 1  write x = 0  unlock a  write x = 2 }
                        thread "t1" { read x -> v  assert v != 1 "x is 1 only inside a" }
                        """, new Verdict(false, true)),
                Arguments.of("assert_held of a lock another thread holds fails", ab + """
                        thread "t0" { lock a  unlock a }
                        thread "t1" { assert_held a "a is held" }
                        """, new Verdict(false, true)),
                Arguments.of("a trylock that fails runs its else block; a restart drops the entry point's locals", """
                        lock a : mutex
                        var x = 0
                        proc entry() { let q = 1  trylock a else restart  read x -> v  assert q == 1 "reset"  unlock a }
                        thread "t0" { lock a  write x = 1  unlock a }
                        thread "t1" { call entry() }
                        thread "t2" { trylock a else { write x = 5  lock a }  unlock a  read x -> w  assert w != 5 "x was 5" }
                        """, new Verdict(false, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targeted")
    void targetedScenariosGetTheirVerdictFromBoth(String name, String text, Verdict expected) throws IOException {
        Spin spin = spin();
        Compared c = compare(spin, Program.compile(Scenarios.load(text)), name, "-O0");
        assertEquals(expected, c.lockstep(), "Lockstep's verdict on: " + name);
        assertEquals(expected, c.spin(), "SPIN's verdict on: " + name);
    }

    @Provide
    Arbitrary<String> randomScenarios() {
        return Arbitraries.oneOf(RandomScenarios.locking(), RandomScenarios.syscalls(), RandomScenarios.asserting(),
                RandomScenarios.rwsems());
    }

    /**
     * Skips the property without spin, as {@link #spin} skips a JUnit test: jqwik counts an aborted
     * try as a rejected one, not as a skip. Under CI it runs, and {@link #spin} fails it.
     */
    static final class SkipWithoutSpin implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return Spin.find() == null && System.getenv("CI") == null
                    ? SkipResult.skip("spin or gcc is not on the PATH: the SPIN differential test is skipped"
                            + " (install the Debian package 'spin')")
                    : SkipResult.doNotSkip();
        }
    }

    /** gcc -O0: half the compile time of -O2, and these state spaces are a few hundred states. */
    @Property(tries = 200)
    @AddLifecycleHook(SkipWithoutSpin.class)
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
