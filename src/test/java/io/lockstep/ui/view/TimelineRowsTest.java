package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.trace.Trace;
import io.lockstep.ui.view.TimelineRows.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineRowsTest {
    @Test
    void perBlockLocksGoUnderTheirClassHeaderInDeclarationOrder() {
        Trace t = Runs.deadlock();
        TimelineIndex index = new TimelineIndex();
        index.sync(t);
        List<Row> rows = TimelineRows.build(t.program(), index.activeInstances(), Map.of());
        List<String> labels = rows.stream().map(Row::label).toList();
        int header = labels.indexOf("device_lock[ ]");
        assertTrue(header >= 0, labels.toString());
        assertTrue(rows.get(header).header() && rows.get(header).expanded(), "one member: expanded");
        assertEquals("device_lock[4]", labels.get(header + 1));
        assertTrue(labels.indexOf("device_hotplug_lock") < labels.indexOf("mem_hotplug_lock"), "declaration order");
        assertFalse(rows.get(labels.indexOf("mem_hotplug_lock")).header());
    }

    @Test
    void bigGroupsStartFoldedAndTheUsersChoiceWins() {
        Program p = Runs.program("bench", io.lockstep.ui.bench.BenchScenario.text(64, 4, 0, 40));
        TimelineIndex index = new TimelineIndex();
        index.sync(new io.lockstep.explore.RandomScheduler(1).drive(new io.lockstep.trace.TraceRecorder(p, null), 3000));
        List<Row> folded = TimelineRows.build(p, index.activeInstances(), Map.of());
        Row header = folded.stream().filter(Row::header).findFirst().orElseThrow();
        assertFalse(header.expanded());
        assertTrue(header.members() > TimelineRows.EXPAND_UP_TO);
        assertEquals(header.members(), TimelineRows.members(p, index.activeInstances(), header.lockClass()).length);
        List<Row> open = TimelineRows.build(p, index.activeInstances(), Map.of("device_lock", true));
        assertEquals(folded.size() + header.members(), open.size());
    }
}
