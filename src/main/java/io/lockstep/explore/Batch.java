package io.lockstep.explore;

import io.lockstep.engine.Detectors;
import io.lockstep.event.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What expanding a run of consecutive states found, in the order a one-threaded breadth-first
 * search would have met it: the successors (encoded, with their hashes, parents and threads) and
 * the findings (with the state and the steps after it that show them). The search merges batches
 * in id order, so the states get the same ids, and the findings the same schedules, whatever
 * thread expanded them.
 */
final class Batch {
    /**
     * A finding met in a batch: the state it was met in and the threads that step on from there.
     * A race is built when it is recorded, since its access step numbers come from the schedule.
     */
    record Met(String key, Finding finding, Detectors.Conflict race, int state, int[] then, int edge) {}

    final int from;
    final int to;
    final List<Met> findings = new ArrayList<>();
    byte[] bytes = new byte[1 << 12];
    int fill;
    int[] ends = new int[64];
    int[] hashes = new int[64];
    int[] parents = new int[64];
    byte[] threads = new byte[64];
    int successors;
    long transitions;
    /** The lock-order class pairs the expanding thread saw first in this batch. */
    int[] newEdges = new int[0];
    /** Why the search must stop after this batch's successors (a state too wide), or null. */
    String stop;

    Batch(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** Room for one more successor of at most {@code maxBytes} bytes. */
    void reserve(int maxBytes) {
        if (fill + maxBytes > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, fill + maxBytes));
        }
        if (successors == ends.length) {
            int n = successors * 2;
            ends = Arrays.copyOf(ends, n);
            hashes = Arrays.copyOf(hashes, n);
            parents = Arrays.copyOf(parents, n);
            threads = Arrays.copyOf(threads, n);
        }
    }

    /** Records the successor just encoded at {@code bytes[fill, end)}. */
    void successor(int end, int hash, int parent, int thread) {
        ends[successors] = end;
        hashes[successors] = hash;
        parents[successors] = parent;
        threads[successors] = (byte) thread;
        successors++;
        fill = end;
    }

    int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }
}
