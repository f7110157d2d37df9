package io.lockstep.event;

/** A read step copied a shared place into a local. */
public record PlaceRead(int step, int thread, String place, long value) implements Event {}
