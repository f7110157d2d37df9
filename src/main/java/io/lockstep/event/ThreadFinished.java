package io.lockstep.event;

/** A thread ran to the end of its body. */
public record ThreadFinished(int step, int thread) implements Event {}
