package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.trace.ChromeTrace;
import io.lockstep.trace.TraceRecorder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hand-off the samples' shortest schedules never take (a wait costs a step): "b" waits for L,
 * "a" releases it, "b" gets it. The export shows the wait and an arrow from the release to the
 * acquisition it unblocked.
 */
class ChromeTraceFlowsTest {
    private static final String SCENARIO = """
            scenario "hand-off"
            lock L : mutex
            proc take() at "kernel/locking/mutex.c:mutex_lock" {
              lock L
            }
            thread "a" {
              call take()
              unlock L
            }
            thread "b" {
              call take()
              unlock L
            }
            """;

    @Test
    void aReleaseThatUnblocksAWaiterIsAnArrowToItsAcquisition() {
        Loaded loaded = ScenarioLoader.loadText("handoff.lks", SCENARIO, null, null);
        assertTrue(loaded.ok(), loaded.diagnostics().toString());
        Program program = Program.compile(loaded.scenario());
        List<Integer> schedule = List.of(0, 1, 0, 1, 1);
        var trace = new ReplayScheduler(schedule).drive(new TraceRecorder(program, null), schedule.size());
        assertEquals(5, trace.size());
        String json = ChromeTrace.json(trace, Map.of("scenario", "hand-off"));
        assertEquals(1, TraceEventChecks.check(json, "hand-off"));
        // a releases L at step 3 (a's track, tid 1); b, waiting since step 2, acquires it at step 4 (tid 2).
        assertTrue(json.contains("{\"name\":\"unblocks: L\",\"cat\":\"flow\",\"ph\":\"s\",\"ts\":3000,\"pid\":1,\"tid\":1,"
                + "\"id\":\"1\""), json);
        assertTrue(json.contains("{\"name\":\"unblocks: L\",\"cat\":\"flow\",\"ph\":\"f\",\"ts\":4000,\"pid\":1,\"tid\":2,"
                + "\"id\":\"1\",\"bp\":\"e\""), json);
        assertTrue(json.contains("\"name\":\"waiting: b (write)\",\"cat\":\"wait\",\"ph\":\"X\",\"ts\":2000,\"dur\":2000,"), json);
        assertTrue(json.contains("\"name\":\"held by a (write)\",\"cat\":\"hold\",\"ph\":\"X\",\"ts\":1000,\"dur\":3000,"), json);
        // b's frame stays open while it waits, from its first step to the acquisition.
        assertTrue(json.contains("\"name\":\"mutex_lock (kernel/locking/mutex.c)\",\"cat\":\"frame\",\"ph\":\"X\","
                + "\"ts\":1000,\"dur\":4000,\"pid\":1,\"tid\":2"), json);
    }
}
