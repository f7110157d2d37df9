package io.lockstep.event;

/** A detector found a deadlock, an inversion, a race, a violation or a runtime error at this step. */
public record FindingReported(int step, Finding finding) implements Event {}
