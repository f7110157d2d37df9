package io.lockstep.explore;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinct lock-order graphs of one search, each stored once and named by a number that the
 * states' encodings carry instead of the edges. Thousands of states share one graph, so this takes
 * the graph out of the per-state cost. Numbers are handed out first come, so with several threads
 * they may differ from run to run; that changes no result, because a graph keeps its one number for
 * the whole search, so two states are still equal exactly when their encodings are.
 */
final class LockGraphs {
    private static final int SEGMENT_BITS = 12;
    private static final int SEGMENTS = 1 << 16;

    private final ConcurrentHashMap<Key, Integer> ids = new ConcurrentHashMap<>();
    /** Graph by number, in segments that never move (a reader may look one up while another is added). */
    private final int[][][] byId = new int[SEGMENTS][][];
    private int count;
    private long words;

    private record Key(int[] graph, int hash) {
        Key(int[] graph) {
            this(graph, Arrays.hashCode(graph));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.graph, graph);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The number of {@code graph} (which the caller hands over), adding it if it is new. */
    int idOf(int[] graph) {
        Key key = new Key(graph);
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        synchronized (this) {
            id = ids.get(key);
            if (id != null) {
                return id;
            }
            int n = count;
            if ((n >>> SEGMENT_BITS) == SEGMENTS) {
                throw new IllegalStateException("more distinct lock-order graphs than the table holds");
            }
            int[][] segment = byId[n >>> SEGMENT_BITS];
            if (segment == null) {
                segment = new int[1 << SEGMENT_BITS][];
                byId[n >>> SEGMENT_BITS] = segment;
            }
            segment[n & ((1 << SEGMENT_BITS) - 1)] = graph; // written before the map publishes the number
            count = n + 1;
            words += graph.length;
            ids.put(key, n);
            return n;
        }
    }

    /** The graph numbered {@code id}: one that {@link #idOf} returned, to this thread or to one that handed it on. */
    int[] get(int id) {
        return byId[id >>> SEGMENT_BITS][id & ((1 << SEGMENT_BITS) - 1)];
    }

    /** Approximate bytes held: the graphs and their map entries. */
    synchronized long bytes() {
        return words * 4 + count * 96L;
    }
}
