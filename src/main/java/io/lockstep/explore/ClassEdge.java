package io.lockstep.explore;

/**
 * A lock-order edge between two lock classes ({@code from} held while {@code to} was taken) that
 * at least one interleaving made. {@code closesCycle}: in the shortest schedule of some inversion
 * (plain or guarded), this is the edge whose making reported it, the last edge of the cycle. A
 * drawing of the graph makes that edge the one that points upward.
 */
public record ClassEdge(String from, String to, boolean closesCycle) {}
