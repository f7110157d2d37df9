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
    void theLayoutSpreadsTheFirstInversionsClassesAcrossTheEllipse() {
        LockGraphModel m = new LockGraphModel();
        m.sync(Runs.deadlock());
        List<String> order = m.layoutOrder();
        assertEquals(m.classes().size(), order.size());
        int a = order.indexOf("mem_hotplug_lock");
        int b = order.indexOf("device_lock");
        int apart = Math.abs(a - b);
        assertEquals(order.size() / 2, Math.min(apart, order.size() - apart), "opposite: " + order);
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
