package io.lockstep.event;

/** A note statement: narration attached to the thread's next step. */
public record Narration(int step, int thread, String text) implements Event {}
