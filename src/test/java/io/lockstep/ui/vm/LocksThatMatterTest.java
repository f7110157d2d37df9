package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockstep.engine.Program;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The locks a stage shows lanes and graph classes for, step by step. */
class LocksThatMatterTest {
    private static final String ABBA = """
            scenario "two threads, two locks, opposite orders"
            memory { block_size 128M  zone Normal blocks 0..0 online }
            lock a : mutex
            lock b : mutex
            lock c : mutex
            thread "one" { lock a  lock b  unlock b  unlock a  lock c  unlock c }
            thread "two" { lock b  lock a  unlock a  unlock b }
            """;

    private static Trace run(List<Integer> schedule) {
        Program p = ThreadSnapshotTest.compile(ABBA);
        TraceRecorder r = new TraceRecorder(p, null);
        schedule.forEach(r::step);
        return r.trace();
    }

    private static Set<String> held(Trace t, int step) {
        return LocksThatMatter.classesOf(t.program(), LocksThatMatter.at(t, step));
    }

    @Test
    void heldAndAwaitedLocksMatterAndReleasedOnesDoNot() {
        Trace t = run(List.of(0, 1, 0, 1)); // one: a; two: b; one waits for b; two waits for a
        assertEquals(Set.of(), held(t, 0));
        assertEquals(Set.of("a"), held(t, 1));
        assertEquals(Set.of("a", "b"), held(t, 2));
        assertEquals(Set.of("a", "b"), held(t, 4), "the deadlock: both held, both awaited");
    }

    @Test
    void withNothingHeldTheNearestStepThatTookALockStandsIn() {
        Trace t = run(List.of(0, 0, 0, 0, 1, 1, 1, 1)); // one: a, b, unlock b, unlock a; then two
        assertEquals(Set.of("a"), LocksThatMatter.nearestClasses(t, 0), "before anything: what comes first");
        assertEquals(Set.of(), held(t, 4), "one has released both");
        assertEquals(Set.of("a", "b"), LocksThatMatter.nearestClasses(t, 4), "the last step that took a lock");
    }
}
