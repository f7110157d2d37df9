package io.lockstep.trace;

import io.lockstep.event.Event;
import java.util.List;

/** One step of a recorded run: which thread took it and everything it caused, findings included. */
public record StepRecord(int step, int thread, List<Event> events) {
    public StepRecord {
        events = List.copyOf(events);
    }
}
