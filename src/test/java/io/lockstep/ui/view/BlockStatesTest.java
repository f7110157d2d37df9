package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.lockstep.engine.Program;
import io.lockstep.explore.RandomScheduler;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import org.junit.jupiter.api.Test;

class BlockStatesTest {
    @Test
    void applyingTheBlocksEventsStepByStepAgreesWithTheEnginesState() {
        Program p = Runs.program("bench", io.lockstep.ui.bench.BenchScenario.text(64, 4, 1, 200));
        Trace t = new RandomScheduler(9).drive(new TraceRecorder(p, null), 4000);
        BlockStates played = new BlockStates();
        played.reset(p, t.stateAt(0));
        int at = 0;
        for (int next = 7; next <= t.size(); next += 7) {
            played.advance(t, at, next);
            at = next;
            BlockStates read = new BlockStates();
            read.reset(p, t.stateAt(next));
            assertArrayEquals(read.states(), played.states(), "step " + next);
        }
    }
}
