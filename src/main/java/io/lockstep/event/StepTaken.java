package io.lockstep.event;

/** A thread took a step: the statement it ran, where, and the call stack, innermost first. */
public record StepTaken(int step, int thread, String statement, String at, java.util.List<String> stack) implements Event {}
