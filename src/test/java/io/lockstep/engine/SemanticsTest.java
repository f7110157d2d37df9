package io.lockstep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Verdict;
import io.lockstep.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per semantic rule of the scenario language, each a tiny scenario with its verdicts. */
class SemanticsTest {

    /** Every expect line of the scenario must hold. */
    static void allHold(String body) {
        Scenario s = Scenarios.load(body);
        ExplorationResult r = Scenarios.explore(s);
        List<Verdict> vs = Verdict.decide(s.expects(), r);
        assertFalse(vs.isEmpty(), "the test scenario states no expect line");
        for (Verdict v : vs) {
            if (v.status() != Verdict.Status.HOLDS) {
                fail(v.expect().text() + " -> " + v.status() + (v.witness() == null ? "" : " because of "
                        + v.witness().finding().summary() + " via " + v.witness().schedule()) + "\nall findings: "
                        + r.findings().stream().map(f -> f.finding().key()).toList());
            }
        }
    }

    @Test
    void twoDeadlocksOfTheSameThreadsOnTheSameLockButDifferentCyclesAreBothFound() {
        // t1 waits for its own read hold, or (writer preference) for t0, who waits for t1's read hold:
        // the same threads wait for the same lock in both states, through different cycles (jqwik found
        // the explorer taking them for one deadlock, where every schedule run alone reports both).
        var keys = Scenarios.explore("""
                lock s : rwsem
                thread "t0" { lock s  read_lock s }
                thread "t1" { read_lock s  read_lock s }
                """).findings().stream().map(f -> f.finding().key()).filter(k -> k.startsWith("deadlock")).sorted().toList();
        assertEquals(List.of("deadlock t0>s", "deadlock t0>s t1>s", "deadlock t1>s"), keys);
    }

    @Test
    void aForeignUnlockReleasesForTheUnlockerSoTheNextAcquirerIsOrderedAfterIt() {
        // t0 writes, then unlocks the lock t1 holds; t1's second lock waits for that unlock, so its
        // write comes after t0's in every run: the run-level detector (vector clocks) and the
        // explorer must agree that there is no race (jqwik found them disagreeing).
        String body = """
                lock a : mutex
                var x = 0
                thread "t0" { write x = 1  unlock a anyway }
                thread "t1" { lock a  lock a  write x = 1 }
                """;
        Scenario s = Scenarios.load(body);
        assertTrue(Scenarios.findings(Scenarios.explore(s), Finding.Kind.RACE).isEmpty());
        var trace = new io.lockstep.explore.ReplayScheduler(List.of(0, 1, 1, 0, 1, 1))
                .drive(new io.lockstep.trace.TraceRecorder(Program.compile(s), null), 6);
        assertEquals(6, trace.size(), "the schedule runs to its end");
        assertTrue(trace.findings().stream().noneMatch(f -> f.finding() instanceof Finding.Race), trace.findings().toString());
    }

    @Test
    void abbaBetweenTwoMutexesDeadlocksAndIsAnInversion() {
        allHold("""
                lock a : mutex
                lock b : mutex
                thread "left"  { lock a  lock b  unlock b  unlock a }
                thread "right" { lock b  lock a  unlock a  unlock b }
                expect deadlock
                expect inversion a b
                expect no guarded inversion
                expect no race
                expect no violation
                """);
    }

    @Test
    void sameOrderNeverDeadlocks() {
        allHold("""
                lock a : mutex
                lock b : mutex
                thread "one" { lock a  lock b  unlock b  unlock a }
                thread "two" { lock a  lock b  unlock b  unlock a }
                expect no deadlock
                expect no inversion
                """);
    }

    @Test
    void reacquiringAHeldMutexDeadlocksTheThread() {
        allHold("""
                lock a : mutex
                thread "self" { lock a  lock a }
                expect deadlock
                expect inversion a
                """);
    }

    @Test
    void twoInstancesOfOneLockArrayAreRecursiveClassLocking() {
        ExplorationResult r = Scenarios.explore("""
                lock device_lock[] : mutex novalidate
                thread "t" { lock device_lock[1]  lock device_lock[2]  unlock device_lock[2]  unlock device_lock[1] }
                expect inversion device_lock
                expect no deadlock
                """);
        Finding.Inversion inv = (Finding.Inversion) Scenarios.findings(r, Finding.Kind.INVERSION).get(0);
        assertTrue(inv.recursive());
        assertEquals(List.of("device_lock"), inv.novalidate());
    }

    @Test
    void readersShareAnRwsemAndAWriterWaitsForThem() {
        allHold("""
                lock sem : rwsem
                var x = 0
                thread "r1" { read_lock sem  read x -> v  read_unlock sem }
                thread "r2" { read_lock sem  read x -> v  read_unlock sem }
                thread "w"  { lock sem  write x = 1  unlock sem }
                expect no deadlock
                expect no race
                """);
    }

    @Test
    void aReaderArrivingWhileAWriterWaitsBlocks() {
        // r holds the read side and takes it again: fine alone, a deadlock once a writer waits between.
        allHold("""
                lock sem : percpu_rwsem
                thread "r" { read_lock sem  read_lock sem  read_unlock sem  read_unlock sem }
                thread "w" { lock sem  unlock sem }
                expect deadlock
                """);
    }

    @Test
    void recursiveReadWithoutAWriterIsStillNotRecursive() {
        // Locks are not recursive: a second read acquisition by the same thread waits for itself.
        allHold("""
                lock sem : rwsem
                thread "r" { read_lock sem  read_lock sem }
                expect deadlock
                """);
    }

    @Test
    void trylockElseRestartSleepsAndStartsAgainAndIsNotADeadlock() {
        allHold("""
                lock hotplug : mutex
                var n = 0
                thread "holder" { lock hotplug  write n = 1  unlock hotplug }
                thread "sysfs"  { trylock hotplug else restart  read n -> v  unlock hotplug  assert v == 1 "restarted until the holder finished" }
                expect no deadlock
                expect violation
                """);
    }

    @Test
    void aThreadSleepingBeforeItsRestartIsRunnableNotBlocked() {
        // The holder never releases: the sysfs writer restarts forever, which is a livelock, not a deadlock.
        allHold("""
                lock hotplug : mutex
                thread "holder" { lock hotplug }
                thread "sysfs"  { trylock hotplug else restart  unlock hotplug }
                expect no deadlock
                """);
    }

    @Test
    void restartWhileHoldingALockIsARuntimeError() {
        ExplorationResult r = Scenarios.explore("""
                lock a : mutex
                lock b : mutex
                thread "x" { lock a  trylock b else restart  unlock b  unlock a }
                thread "y" { lock b  unlock b }
                expect no deadlock
                """);
        List<Finding> errors = Scenarios.findings(r, Finding.Kind.RUNTIME_ERROR);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).summary().contains("restart while holding a"), errors.get(0).summary());
        assertTrue(errors.get(0).summary().startsWith("test.lks:"), errors.get(0).summary());
    }

    @Test
    void trylockElseReturnLeavesTheProc() {
        allHold("""
                lock a : mutex
                var done = 0
                proc try_it() at "x.c:try_it" { trylock a else return  write done = 1  unlock a }
                thread "holder" { lock a  unlock a }
                thread "t" { call try_it()  read done -> d  assert d == 1 "the trylock succeeded" }
                expect violation
                expect no deadlock
                """);
    }

    @Test
    void aTrylockAddsNoLockOrderEdge() {
        allHold("""
                lock a : mutex
                lock b : mutex
                thread "left"  { lock a  lock b  unlock b  unlock a }
                proc try_a() at "x.c:try_a" { trylock a else return  unlock a }
                thread "right" { lock b  call try_a()  unlock b }
                expect no inversion
                expect no deadlock
                """);
    }

    @Test
    void aCommonExclusiveLockGatesTheInversion() {
        allHold("""
                lock gate : mutex
                lock a : mutex
                lock b : mutex
                thread "left"  { lock gate  lock a  lock b  unlock b  unlock a  unlock gate }
                thread "right" { lock gate  lock b  lock a  unlock a  unlock b  unlock gate }
                expect guarded inversion a b
                expect guarded inversion gate
                expect no inversion
                expect no deadlock
                """);
    }

    @Test
    void aReadHeldRwsemGatesNothing() {
        allHold("""
                lock cpu : percpu_rwsem
                lock a : mutex
                lock b : mutex
                thread "left"  { read_lock cpu  lock a  lock b  unlock b  unlock a  read_unlock cpu }
                thread "right" { read_lock cpu  lock b  lock a  unlock a  unlock b  read_unlock cpu }
                expect inversion a b
                expect no guarded inversion
                expect deadlock
                """);
    }

    @Test
    void oneUngatedAcquisitionMakesAGuardedInversionReal() {
        // The edge a->b is made once under the gate and once without it: the cycle is then ungated.
        allHold("""
                lock gate : mutex
                lock a : mutex
                lock b : mutex
                thread "left"  { lock gate  lock a  lock b  unlock b  unlock a  unlock gate
                                 lock a  lock b  unlock b  unlock a }
                thread "right" { lock gate  lock b  lock a  unlock a  unlock b  unlock gate }
                expect guarded inversion a b
                expect inversion a b
                """);
    }

    @Test
    void aSleepingLockUnderASpinlockIsAViolation() {
        allHold("""
                lock resize : spinlock
                lock m : mutex
                thread "t" { lock resize  lock m  unlock m  unlock resize }
                expect violation
                expect no deadlock
                """);
    }

    @Test
    void anUnguardedReadModifyWriteRacesAndLosesAnUpdate() {
        allHold("""
                proc online(b) at "mm/memory_hotplug.c:online_pages" {
                  read zone_of(b).present_pages -> p
                  write zone_of(b).present_pages = p + pages(b)
                  set block b online
                }
                thread "x" { call online(4) }
                thread "y" { call online(5) }
                expect race zone(Movable).present_pages
                expect violation
                expect no race zone(Normal).present_pages
                """);
    }

    @Test
    void aLockOrdersTheAccessesItCovers() {
        allHold("""
                lock m : mutex
                proc online(b) at "mm/memory_hotplug.c:online_pages" {
                  lock m
                  read zone_of(b).present_pages -> p
                  write zone_of(b).present_pages = p + pages(b)
                  set block b online
                  unlock m
                }
                thread "x" { call online(4) }
                thread "y" { call online(5) }
                expect no race
                expect no violation
                """);
    }

    @Test
    void readersOfAnRwsemDoNotOrderEachOther() {
        allHold("""
                lock sem : rwsem
                var x = 0
                thread "a" { read_lock sem  write x = 1  read_unlock sem }
                thread "b" { read_lock sem  write x = 2  read_unlock sem }
                expect race x
                """);
    }

    @Test
    void threadStartOrdersNothing() {
        allHold("""
                var x = 0
                thread "a" { write x = 1 }
                thread "b" { read x -> v }
                expect race x
                """);
    }

    @Test
    void readsAloneNeverRace() {
        allHold("""
                var x = 0
                thread "a" { read x -> v }
                thread "b" { read x -> w }
                expect no race
                """);
    }

    @Test
    void aFailedAssertIsAViolation() {
        allHold("""
                var x = 0
                thread "a" { write x = 1 }
                thread "b" { read x -> v  assert v == 0 "b runs first" }
                expect violation
                """);
    }

    @Test
    void unlockOfALockNotHeldIsARuntimeError() {
        ExplorationResult r = Scenarios.explore("""
                lock a : mutex
                thread "t" { unlock a }
                expect no deadlock
                """);
        Finding f = Scenarios.findings(r, Finding.Kind.RUNTIME_ERROR).get(0);
        assertTrue(f.summary().contains("unlock of a, which thread \"t\" does not hold"), f.summary());
        assertTrue(f.summary().startsWith("test.lks:3:"), f.summary());
    }

    @Test
    void anUnknownBlockNumberIsARuntimeError() {
        ExplorationResult r = Scenarios.explore("""
                lock device_lock[] : mutex
                thread "t" { let b = 42  lock device_lock[b]  unlock device_lock[b] }
                expect no deadlock
                """);
        Finding f = Scenarios.findings(r, Finding.Kind.RUNTIME_ERROR).get(0);
        assertTrue(f.summary().contains("unknown block number 42"), f.summary());
    }

    @Test
    void aLockKeptByAFinishedThreadBlocksEveryoneElse() {
        allHold("""
                lock a : mutex
                thread "leaker" { lock a }
                thread "victim" { lock a  unlock a }
                expect deadlock
                """);
    }

    @Test
    void localStatementsAreNotSchedulingPoints() {
        ExplorationResult r = Scenarios.explore("""
                var x = 0
                thread "a" { let v = 1  if v == 1 { let w = v + 1 } else { let w = 0 }  note "hello" }
                thread "b" { let v = 2 }
                expect no race
                """);
        assertEquals(1, r.states(), "threads with only local statements finish before the first step");
    }

    @Test
    void blockStateNamesAreConstantsAndSetBlockWritesTheState() {
        allHold("""
                proc add(b) at "mm/memory_hotplug.c:add_memory" {
                  read block(b).state -> s
                  if s == absent { set block b offline } else { return }
                }
                thread "probe" { call add(6) }
                thread "udev"  { read block(6).state -> s  assert s == absent "udev came first" }
                expect race block(6).state
                expect violation
                memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 offline  zone Movable blocks 6..7 absent }
                """);
    }

    @Test
    void anInversionIsReportedEvenInARunThatDoesNotDeadlock() {
        Scenario s = Scenarios.load("""
                lock a : mutex
                lock b : mutex
                thread "left"  { lock a  lock b  unlock b  unlock a }
                thread "right" { lock b  lock a  unlock a  unlock b }
                expect deadlock
                """);
        var rec = new io.lockstep.trace.TraceRecorder(Program.compile(s), null);
        for (int t : new int[] {0, 0, 0, 0, 1, 1}) {
            rec.step(t);
        }
        Finding f = rec.trace().first(Finding.Kind.INVERSION);
        assertTrue(f != null && rec.trace().findings().get(0).step() == 6, "reported at the closing edge");
        assertEquals(2, ((Finding.Inversion) f).witnesses().size());
        assertTrue(rec.trace().first(Finding.Kind.DEADLOCK) == null);
    }

    @Test
    void aWaitingWriterIsSeenByTheWaitForGraph() {
        Scenario s = Scenarios.load("""
                lock sem : rwsem
                thread "r1" { read_lock sem  read_unlock sem }
                thread "w"  { lock sem  unlock sem }
                thread "r2" { read_lock sem  read_unlock sem }
                expect no deadlock
                """);
        var rec = new io.lockstep.trace.TraceRecorder(Program.compile(s), null);
        rec.step(0); // r1 reads
        rec.step(1); // w waits for r1
        assertTrue(rec.canStep(2), "r2 may attempt");
        rec.step(2); // r2 waits: a writer waits
        assertFalse(rec.canStep(1));
        assertFalse(rec.canStep(2));
        rec.step(0); // r1 releases
        assertTrue(rec.canStep(1));
        assertFalse(rec.canStep(2), "writer preference: r2 still waits for w");
    }

    @Test
    void aStepReturnsItsEventsInOrder() {
        Program p = Program.compile(Scenarios.load("""
                lock a : mutex
                thread "t" { lock a  unlock a }
                expect no deadlock
                """));
        Engine engine = new Engine(p);
        MachineState s = engine.initialState(StepListener.NONE);
        List<io.lockstep.event.Event> events = engine.step(s, 0, 1);
        assertEquals(List.of(io.lockstep.event.StepTaken.class, io.lockstep.event.LockAcquired.class),
                events.stream().map(Object::getClass).toList());
        assertEquals(List.of(0), s.heldBy(0).stream().map(i -> s.writer(i)).toList());
        assertTrue(engine.step(s, 0, 2).stream().anyMatch(e -> e instanceof io.lockstep.event.ThreadFinished));
    }
}
