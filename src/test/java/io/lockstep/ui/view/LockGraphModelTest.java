package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.trace.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockGraphModelTest {
    @Test
    void edgesCarryTheStepThatMadeThemAndTheCycleClosesAtStep26() {
        Trace t = Runs.deadlock();
        LockGraphModel m = new LockGraphModel();
        m.sync(t);
        LockGraphModel.Edge closing = m.edges().stream().filter(e -> e.key().equals("device_lock->mem_hotplug_lock"))
                .findFirst().orElseThrow();
        assertEquals(26, closing.step());
        assertEquals(22, m.edges().stream().filter(e -> e.key().equals("mem_hotplug_lock->device_lock")).findFirst()
                .orElseThrow().step());
        assertTrue(m.edgesAt(25).stream().noneMatch(e -> e == closing));
        assertTrue(m.inversionsAt(25).isEmpty());
        assertEquals(2, m.inversionsAt(26).size());
        assertNull(m.inversionsAt(26).get(0).finding().gate());
        assertNull(m.deadlockAt(25));
        Finding.Deadlock d = m.deadlockAt(26).finding();
        assertEquals("probe", d.cycle().get(0).thread());
        assertTrue(m.novalidate("device_lock"));
        assertEquals("device_lock", m.classOf("device_lock[4]"));
    }

    @Test
    void eachEdgeKnowsItsWitnessBothStacksAndWhetherEachLockWasReadOrWritten() {
        LockGraphModel m = new LockGraphModel();
        m.sync(Runs.deadlock());
        LockGraphModel.Edge e = m.edges().stream().filter(x -> x.key().equals("mem_hotplug_lock->device_lock"))
                .findFirst().orElseThrow();
        LockGraphModel.Witness w = e.witness();
        assertEquals("probe", w.thread());
        assertEquals("mem_hotplug_lock", w.heldLock());
        assertTrue(w.lock().startsWith("device_lock["), w.lock());
        assertTrue(w.heldStep() > 0 && w.heldStep() < e.step(), "taken before the edge: " + w.heldStep());
        assertTrue(!w.stack().isEmpty() && !w.heldStack().isEmpty(), w.toString());
        assertEquals("mem_hotplug_lock (write) \u2192 device_lock (write)", w.modes(e.from(), e.to()));
        String tip = GraphEdgeNode.describe(e);
        assertTrue(tip.contains("made at step 22 by \"probe\""), tip);
        assertTrue(tip.contains("while holding mem_hotplug_lock"), tip);
    }

    @Test
    void aReadSideIsNamed() {
        LockGraphModel m = new LockGraphModel();
        m.sync(Runs.lostUpdate());
        LockGraphModel.Edge e = m.edges().stream().filter(x -> x.key().equals("cpu_hotplug_lock->mem_hotplug_lock"))
                .findFirst().orElseThrow();
        assertEquals("cpu_hotplug_lock (read) \u2192 mem_hotplug_lock (write)", e.witness().modes(e.from(), e.to()));
    }

    @Test
    void aGuardedInversionNamesItsGate() {
        Trace t = new io.lockstep.explore.RandomScheduler(65).drive(
                new io.lockstep.trace.TraceRecorder(Runs.program("v420-hotadd-vs-udev.lks"), null), 10_000);
        LockGraphModel m = new LockGraphModel();
        m.sync(t);
        var guarded = m.inversionsAt(t.size()).stream().filter(r -> r.finding().gate() != null).findFirst();
        assertTrue(guarded.isPresent());
        assertNotNull(m.classOf(guarded.get().finding().gate()));
        assertEquals(List.of("a->b", "b->c", "c->a"), LockGraphModel.cycleEdges(List.of("a", "b", "c")));
    }
}
