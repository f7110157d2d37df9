package io.lockstep.event;

/** A trylock failed: the thread either sleeps before restarting its body (restart) or returns from the current proc. */
public record TrylockFailed(int step, int thread, String lock, boolean restart) implements Event {}
