package io.lockstep.event;

/**
 * A documented locking rule ({@code assert_held L ... rule "message"}) was checked at this step:
 * {@code held} says whether {@code thread} held {@code lock} as the rule demands. Emitted whether it
 * holds or not, so a view can show the rule a step follows as well as the one it breaks (a broken
 * one also gives a {@link FindingReported} violation).
 */
public record RuleChecked(int step, int thread, String lock, boolean held, String rule) implements Event {}
