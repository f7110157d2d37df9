package io.lockstep.event;

/** A thread tried to acquire a lock instance that was not available and now waits for it; holders are the thread numbers holding it. */
public record LockContended(int step, int thread, String lock, boolean shared, java.util.List<Integer> holders) implements Event {}
