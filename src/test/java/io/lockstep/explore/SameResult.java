package io.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What two explorations of one program must share when only the thread count or batch size differs. */
final class SameResult {
    private SameResult() {}

    /** The findings with their schedules, the counts, the depth, how it ended, and the lock-order edges. */
    static void assertSameResult(ExplorationResult expected, ExplorationResult actual, String what) {
        assertEquals(expected.findings(), actual.findings(), what);
        assertEquals(expected.states(), actual.states(), what);
        assertEquals(expected.transitions(), actual.transitions(), what);
        assertEquals(expected.maxDepth(), actual.maxDepth(), what);
        assertEquals(expected.complete(), actual.complete(), what);
        assertEquals(expected.stopReason(), actual.stopReason(), what);
        assertEquals(expected.lockOrder(), actual.lockOrder(), what);
    }
}
