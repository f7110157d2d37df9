package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Engine;
import io.lockstep.engine.Program;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.trace.TraceRecorder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the threads panel describes a thread: runnable, blocked on what held by whom, sleeping, done. */
class ThreadSnapshotTest {
    static final String GATE = """
            scenario "a trylock that restarts"
            memory { block_size 128M  zone Normal blocks 0..0 online }
            lock g : mutex
            proc take_gate() at "drivers/base/core.c:lock_device_hotplug_sysfs" {
              trylock g else restart
            }
            thread "holder" { lock g  unlock g }
            thread "retry"  { note "tries the gate"  call take_gate()  unlock g }
            """;

    static Program compile(String text) {
        Loaded loaded = ScenarioLoader.loadText("gate.lks", text, null, null);
        assertTrue(loaded.ok(), () -> loaded.diagnostics().toString());
        return Program.compile(loaded.scenario());
    }

    private static List<ThreadSnapshot> threads(TraceRecorder r) {
        return ThreadSnapshot.of(r.program(), new Engine(r.program()), r.state(), r.stopped());
    }

    @Test
    void aFailedTrylockSleepsBeforeRestartingAndAFinishedThreadIsDone() {
        TraceRecorder r = new TraceRecorder(compile(GATE), null);
        List<ThreadSnapshot> start = threads(r);
        assertEquals(ThreadSnapshot.Status.RUNNABLE, start.get(1).status());
        assertEquals("trylock g else restart", start.get(1).nextStatement());
        assertEquals("take_gate @ drivers/base/core.c:lock_device_hotplug_sysfs", start.get(1).stack().get(0));

        r.step(0); // holder: lock g
        r.step(1); // retry: trylock fails
        ThreadSnapshot retry = threads(r).get(1);
        assertEquals(ThreadSnapshot.Status.SLEEPING, retry.status());
        assertEquals("sleeping before restart (a trylock failed)", retry.stateText());
        assertTrue(retry.canStep(), "a thread asleep before its restart is runnable, not blocked");

        r.step(0); // holder: unlock g, done
        ThreadSnapshot holder = threads(r).get(0);
        assertEquals(ThreadSnapshot.Status.DONE, holder.status());
        assertNull(holder.nextStatement());
        assertTrue(holder.stack().isEmpty());
        assertFalse(holder.canStep());
    }

    @Test
    void theNextStatementAndTheStackShowTheValuesNotTheNames() {
        Program p = compile("""
                scenario "resolved"
                memory { block_size 128M  zone Normal blocks 0..1 online }
                lock device_lock[] : mutex
                lock g : mutex
                proc online(b, how) at "drivers/base/memory.c:memory_block_online" { lock device_lock[b]  unlock device_lock[b] }
                proc outer(b) at "drivers/base/core.c:device_online" { call online(b, 3)  lock g  unlock g }
                thread "udev" { call outer(1) }
                """);
        TraceRecorder r = new TraceRecorder(p, null);
        ThreadSnapshot udev = threads(r).get(0);
        assertEquals("lock device_lock[1]", udev.nextStatement());
        assertEquals(List.of("online(b=1, how) @ drivers/base/memory.c:memory_block_online",
                "outer(b) @ drivers/base/core.c:device_online", "thread \"udev\""), udev.stack(),
                "how and outer's b are never read again (their locals are dead), so they keep their names");
        r.step(0);
        assertEquals("unlock device_lock[1]", threads(r).get(0).nextStatement());
    }

    @Test
    void aWaitingThreadNamesTheLockAndItsHolder() {
        Program p = compile("""
                scenario "wait"
                memory { block_size 128M  zone Normal blocks 0..0 online }
                lock a : mutex
                thread "first"  { lock a  unlock a }
                thread "second" { lock a  unlock a }
                """);
        TraceRecorder r = new TraceRecorder(p, null);
        r.step(0);
        List<ThreadSnapshot> t = threads(r);
        assertEquals(ThreadSnapshot.Status.RUNNABLE, t.get(1).status(), "not waiting until it tries");
        MachineStateSteps.stepBlocked(r, 1);
        t = threads(r);
        assertEquals(ThreadSnapshot.Status.BLOCKED, t.get(1).status());
        assertEquals("blocked on a held by \"first\"", t.get(1).stateText());
        r.step(0); // first unlocks: second may take it now
        t = threads(r);
        assertEquals(ThreadSnapshot.Status.RUNNABLE, t.get(1).status());
        assertEquals("runnable: a is free now", t.get(1).stateText());
    }

    @Test
    void thePolicyPrefersAThreadThatIsNotAsleep() {
        assertEquals(1, io.lockstep.explore.NextThreadScheduler.pick(3, t -> t != 2, t -> t == 0));
        assertEquals(0, io.lockstep.explore.NextThreadScheduler.pick(3, t -> t == 0, t -> t == 0), "a sleeper when nothing else can run");
        assertEquals(-1, io.lockstep.explore.NextThreadScheduler.pick(3, t -> false, t -> false));
        assertEquals(0, io.lockstep.explore.NextThreadScheduler.pick(2, t -> true, t -> false));
    }

    /** Steps a thread into waiting: its lock attempt is a step that leaves it blocked. */
    static final class MachineStateSteps {
        static void stepBlocked(TraceRecorder r, int t) {
            r.step(t);
            assertTrue(r.state().waitingFor(t) >= 0, "thread " + t + " should be waiting now");
        }
    }
}
