package io.lockstep.explore;

/**
 * Whether the heap is nearly full, so a search can stop with its progress before Java runs out.
 * What the runtime reports as used includes garbage not yet collected, and a search makes garbage
 * fast (a decoded state and a copy per step), so a heap that only looks full is collected once and
 * measured again; at most once a second, so that a search whose live data really does sit near the
 * limit is not slowed by collection after collection.
 */
final class MemoryWatch {
    private static final long RECHECK_NANOS = 1_000_000_000L;
    private final Runtime rt = Runtime.getRuntime();
    private long lastCollect = Long.MIN_VALUE / 2;

    /** The stop message when the heap is nearly full of live data, or null. */
    String nearlyFull() {
        long used = used();
        if (!looksFull(used)) {
            return null;
        }
        long now = System.nanoTime();
        if (now - lastCollect > RECHECK_NANOS) {
            lastCollect = now;
            System.gc();
            used = used();
            if (!looksFull(used)) {
                return null;
            }
        }
        return "memory is nearly full (" + (used >> 20) + " MB of " + (rt.maxMemory() >> 20)
                + " MB); give Java more with -Xmx or lower --max-states";
    }

    private long used() {
        return rt.totalMemory() - rt.freeMemory();
    }

    private boolean looksFull(long used) {
        return used > rt.maxMemory() * 0.85 && rt.maxMemory() - used < 256L << 20;
    }
}
