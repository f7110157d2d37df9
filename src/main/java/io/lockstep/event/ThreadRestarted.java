package io.lockstep.event;

/** A thread that slept after a failed trylock starts its body again from the top. */
public record ThreadRestarted(int step, int thread) implements Event {}
