package io.lockstep.ui;

import io.lockstep.ui.view.LockGraphView;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.view.MemoryMapView;
import io.lockstep.ui.view.TraceView;
import java.util.List;

/** The three views of a run, created together: memory map, lock-order graph, lock timeline. */
record TraceViews(TraceView memoryMap, TraceView lockGraph, TraceView lockTimeline) {

    static TraceViews create() {
        return new TraceViews(new MemoryMapView(), new LockGraphView(), new LockTimelineView());
    }

    List<TraceView> all() {
        return List.of(memoryMap, lockGraph, lockTimeline);
    }
}
