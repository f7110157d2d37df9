package io.lockstep.event;

/** A thread acquired a lock instance (shared for a read acquisition; trylock when it came from a successful trylock). */
public record LockAcquired(int step, int thread, String lock, boolean shared, boolean trylock) implements Event {}
