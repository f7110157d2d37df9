package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.event.EventBus;
import io.lockstep.event.StepTaken;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Events cross to the FX thread through one queue, drained per frame, tagged with their run. */
class EventBridgeTest {

    @Test
    void eventsAreQueuedInOrderWithTheRunThatMadeThem() {
        EventBus bus = new EventBus();
        EventBridge bridge = new EventBridge();
        AtomicLong run = new AtomicLong(7);
        bridge.listen(bus, run::get);
        bus.publish(new StepTaken(1, 0, "lock a", "x.c:f", List.of()));
        run.set(8);
        bus.publish(new StepTaken(1, 1, "lock b", "x.c:g", List.of()));
        List<EngineNews> drained = new ArrayList<>();
        assertEquals(2, bridge.drain(drained::add));
        assertEquals(7, ((EngineNews.Happened) drained.get(0)).run());
        assertEquals(8, ((EngineNews.Happened) drained.get(1)).run());
        assertTrue(bridge.isEmpty());
    }

    @Test
    void theEngineThreadPublishesEveryEventAndEndsEachCommandWithItsTrace() throws InterruptedException {
        EventBus bus = new EventBus();
        EventBridge bridge = new EventBridge();
        List<Thread> publishers = new ArrayList<>();
        bus.subscribe(StepTaken.class, e -> publishers.add(Thread.currentThread()));
        Program program = ThreadSnapshotTest.compile(ThreadSnapshotTest.GATE);
        try (EngineThread engine = new EngineThread(bus, bridge)) {
            engine.start(1, program, List.of(0));
            engine.step(1, 1, 1);
            engine.step(99, 2, 0); // a run that is not the engine's: dropped
            engine.awaitIdle();
        }
        List<EngineNews> drained = new ArrayList<>();
        bridge.drain(drained::add);
        List<EngineNews.CommandDone> done = drained.stream().filter(n -> n instanceof EngineNews.CommandDone)
                .map(n -> (EngineNews.CommandDone) n).toList();
        assertEquals(2, done.size());
        assertEquals(2, done.get(1).trace().size());
        assertTrue(done.get(1).stepped());
        assertEquals(2, publishers.size());
        assertTrue(publishers.stream().allMatch(t -> t.getName().equals("lockstep-engine")),
                "events are published on the engine's own thread");
    }
}
