package io.lockstep.event;

/** A memory block changed state; zone is the zone it belongs to afterwards. */
public record BlockStateChanged(int step, int thread, int block, String before, String after, String zone) implements Event {}
