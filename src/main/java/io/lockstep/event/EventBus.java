package io.lockstep.event;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small typed event bus, injected where it is needed (never a global). Events are delivered
 * synchronously on the publishing thread, to subscribers in the order they subscribed; a consumer
 * that must run elsewhere (the FX thread) queues the event itself.
 */
public final class EventBus {
    private record Subscription<E extends Event>(Class<E> type, Consumer<? super E> consumer) {
        void deliver(Event event) {
            if (type.isInstance(event)) {
                consumer.accept(type.cast(event));
            }
        }
    }

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    /** Receives every published event of {@code type} (or a subtype); returns a handle that unsubscribes. */
    public <E extends Event> Runnable subscribe(Class<E> type, Consumer<? super E> consumer) {
        Subscription<E> s = new Subscription<>(Objects.requireNonNull(type), Objects.requireNonNull(consumer));
        subscriptions.add(s);
        return () -> subscriptions.remove(s);
    }

    public void publish(Event event) {
        for (Subscription<?> s : subscriptions) {
            s.deliver(event);
        }
    }
}
