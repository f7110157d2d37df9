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
        assertNull(h.lastChange(4, 9), "probe sets block 4 offline at step 10");
        assertEquals(new BlockHistory.Change(10, 0, BlockState.ABSENT, BlockState.OFFLINE), h.lastChange(4, 10));
        assertEquals(10, h.lastChange(4, 26).step());
        assertNull(h.lastChange(0, 26), "block 0 never changes");
        assertEquals(1, h.changesUpTo(4, 26));
        assertEquals(0, h.changesUpTo(99, 26), "a block number outside the layout");
    }

    @Test
    void extendsAsTheTraceGrowsAndStartsAfreshForANewRun() {
        Trace full = Runs.deadlock();
        Trace prefix = Runs.replay("v40-hotadd-vs-udev-deadlock.lks", Runs.DEADLOCK_SCHEDULE.subList(0, 5));
        BlockHistory h = new BlockHistory();
        h.sync(prefix);
        assertNull(h.lastChange(4, 5));
        h.sync(full);
        assertEquals(10, h.lastChange(4, 26).step());
    }
}
