package io.lockstep.event;

/** A thread released a lock instance. */
public record LockReleased(int step, int thread, String lock, boolean shared) implements Event {}
