package io.lockstep.event;

/** A write step stored into a shared place. */
public record PlaceWritten(int step, int thread, String place, long before, long after) implements Event {}
