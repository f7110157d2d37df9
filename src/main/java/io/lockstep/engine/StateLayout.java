package io.lockstep.engine;

/**
 * Where each part of a run's state lives in its {@code int[]}. One flat array makes a state cheap to
 * copy, hash and store, which is what lets the explorer visit millions of them.
 *
 * <pre>
 * per thread:   [pc | status &lt;&lt; 24] [waited lock instance or -1] [locals...]
 * per lock instance: [writer thread + 1 in bits 0-4 | reader threads as a bit set from bit 5
 *                     | bit 31: an active reference deactivated by a drain]
 * per var:      [value]
 * per block number: [state] [zone] [online_type] [sysfs] [dev_offline] [nid]
 * per zone:     [present_pages] [spanned_pages]
 * [node_present_pages] [totalram_pages]
 * lock-order graph: [edge count] then per edge, sorted: [from * classes + to] [gate mask low] [gate mask high]
 * </pre>
 */
public final class StateLayout {
    /** Bits 5 to 30 of a lock word hold one reader bit per thread; bit 31 is the deactivated flag. */
    public static final int MAX_THREADS = 26;
    static final int WRITER_BITS = 5;
    static final int WRITER_MASK = (1 << WRITER_BITS) - 1;
    static final int DEACTIVATED = 1 << 31;
    /** The reader bits of a lock word, shifted down to bit 0. */
    static final int READERS_MASK = (1 << MAX_THREADS) - 1;
    static final int BLOCK_WORDS = 6;

    static final int STATUS_SHIFT = 24;
    static final int PC_MASK = (1 << STATUS_SHIFT) - 1;

    private final int[] threadBase;
    private final int lockBase;
    private final int varBase;
    private final int blockBase;
    private final int zoneBase;
    private final int nodePresent;
    private final int totalram;
    private final int edgeCount;

    StateLayout(int[] localsPerThread, int lockInstances, int vars, int blockNumbers, int zones) {
        threadBase = new int[localsPerThread.length];
        int at = 0;
        for (int t = 0; t < localsPerThread.length; t++) {
            threadBase[t] = at;
            at += 2 + localsPerThread[t];
        }
        lockBase = at;
        at += lockInstances;
        varBase = at;
        at += vars;
        blockBase = at;
        at += BLOCK_WORDS * blockNumbers;
        zoneBase = at;
        at += 2 * zones;
        nodePresent = at++;
        totalram = at++;
        edgeCount = at;
    }

    int threadWord(int t) {
        return threadBase[t];
    }

    int threadWait(int t) {
        return threadBase[t] + 1;
    }

    int locals(int t) {
        return threadBase[t] + 2;
    }

    /** Puts thread {@code t} at {@code pc} with {@code status} (RUNNING, WAITING, SLEEPING, DONE). */
    void setThread(int[] s, int t, int pc, int status) {
        s[threadWord(t)] = pc | (status << STATUS_SHIFT);
    }

    /** Zeroes local slots {@code from} (inclusive) to {@code to} (exclusive) of thread {@code t}. */
    void zeroLocals(int[] s, int t, int from, int to) {
        java.util.Arrays.fill(s, locals(t) + from, locals(t) + to, 0);
    }

    int lock(int instance) {
        return lockBase + instance;
    }

    int var(int index) {
        return varBase + index;
    }

    int blockState(int block) {
        return blockBase + BLOCK_WORDS * block;
    }

    int blockZone(int block) {
        return blockBase + BLOCK_WORDS * block + 1;
    }

    int blockOnlineType(int block) {
        return blockBase + BLOCK_WORDS * block + 2;
    }

    /** 1 while the block's sysfs directory (its kernfs node) exists. */
    int blockSysfs(int block) {
        return blockBase + BLOCK_WORDS * block + 3;
    }

    /** The block device's dev->offline. */
    int blockDevOffline(int block) {
        return blockBase + BLOCK_WORDS * block + 4;
    }

    /** The block's mem->nid: its node once the block is linked under it, -1 (NUMA_NO_NODE) before. */
    int blockNid(int block) {
        return blockBase + BLOCK_WORDS * block + 5;
    }

    int zonePresent(int zone) {
        return zoneBase + 2 * zone;
    }

    int zoneSpanned(int zone) {
        return zoneBase + 2 * zone + 1;
    }

    int nodePresent() {
        return nodePresent;
    }

    int totalram() {
        return totalram;
    }

    /** The word holding the number of lock-order edges; the edges follow it. */
    int edgeCount() {
        return edgeCount;
    }

    /** Length of a state with no lock-order edge. */
    int baseLength() {
        return edgeCount + 1;
    }

    /** Thread status values (bits 24 and up of the thread word). */
    static final int RUNNING = 0;
    static final int WAITING = 1;
    static final int SLEEPING = 2;
    static final int DONE = 3;
}
