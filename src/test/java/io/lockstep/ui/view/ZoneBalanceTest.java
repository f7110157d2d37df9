package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.trace.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneBalanceTest {
    @Test
    void aLostUpdateIsAMismatchOnceEveryThreadHasFinished() {
        Trace t = Runs.lostUpdate();
        List<ZoneBalance> end = ZoneBalance.of(t.program(), t.stateAt(t.size()));
        ZoneBalance movable = end.get(t.program().zoneNames().indexOf("Movable"));
        assertTrue(movable.lostUpdate(), movable.toString());
        assertEquals(2 * t.program().pagesPerBlock(), movable.online());
        assertEquals(t.program().pagesPerBlock(), movable.present());
        ZoneBalance normal = end.get(t.program().zoneNames().indexOf("Normal"));
        assertFalse(normal.mismatch());
        assertTrue(ZoneBand.text(movable, false).startsWith("LOST UPDATE"));
    }

    @Test
    void aMismatchWhileThreadsRunIsNotYetALostUpdate() {
        Trace t = Runs.lostUpdate();
        boolean sawInFlight = false;
        for (int s = 0; s < t.size(); s++) {
            for (ZoneBalance z : ZoneBalance.of(t.program(), t.stateAt(s))) {
                assertFalse(z.lostUpdate(), "step " + s + ": threads still running");
                sawInFlight |= z.mismatch();
            }
        }
        assertTrue(sawInFlight, "a block goes online a few steps before present_pages is updated");
    }
}
