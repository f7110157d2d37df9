package io.lockstep.ui.vm;

import io.lockstep.event.Event;
import io.lockstep.event.EventBus;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Carries what the engine and the explorer do over to the FX thread without flooding it: producers
 * add to a lock-free queue from their own threads, and the FX thread drains the whole queue once per
 * frame. A fast engine costs the window one drain per frame, never one {@code runLater} per event.
 */
public final class EventBridge {
    private final Queue<EngineNews> queue = new ConcurrentLinkedQueue<>();

    /**
     * Queues every event published on {@code bus}, tagged with the run being recorded when it was
     * published ({@code runBeingRecorded} is read on the publishing thread).
     */
    public Runnable listen(EventBus bus, LongSupplier runBeingRecorded) {
        return bus.subscribe(Event.class, e -> queue.add(new EngineNews.Happened(runBeingRecorded.getAsLong(), e)));
    }

    /** Called on any thread. */
    public void post(EngineNews news) {
        queue.add(news);
    }

    /** Called on the FX thread: hands over everything queued so far, oldest first; returns how many. */
    public int drain(Consumer<EngineNews> into) {
        int n = 0;
        for (EngineNews item; (item = queue.poll()) != null; n++) {
            into.accept(item);
        }
        return n;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
