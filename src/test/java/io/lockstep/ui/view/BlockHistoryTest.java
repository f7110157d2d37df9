package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.lockstep.model.BlockState;
import io.lockstep.trace.Trace;
import org.junit.jupiter.api.Test;

class BlockHistoryTest {
    @Test
    void knowsWhoLastWroteABlockAtEachStep() {
        Trace t = Runs.deadlock();
        BlockHistory h = new BlockHistory();
        h.sync(t);
        assertNull(h.lastChange(4, 10), "probe sets block 4 offline at step 11");
        assertEquals(new BlockHistory.Change(11, 0, BlockState.ABSENT, BlockState.OFFLINE), h.lastChange(4, 11));
        assertEquals(11, h.lastChange(4, 22).step());
        assertNull(h.lastChange(0, 22), "block 0 never changes");
        assertEquals(1, h.changesUpTo(4, 22));
        assertEquals(0, h.changesUpTo(99, 22), "a block number outside the layout");
    }

    @Test
    void extendsAsTheTraceGrowsAndStartsAfreshForANewRun() {
        Trace full = Runs.deadlock();
        Trace prefix = Runs.replay("v40-hotadd-vs-udev-deadlock.lks", Runs.DEADLOCK_SCHEDULE.subList(0, 5));
        BlockHistory h = new BlockHistory();
        h.sync(prefix);
        assertNull(h.lastChange(4, 5));
        h.sync(full);
        assertEquals(11, h.lastChange(4, 22).step());
    }
}
