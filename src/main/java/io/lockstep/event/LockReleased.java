package io.lockstep.event;

/**
 * A lock instance was released: {@code thread}'s hold of it ended. {@code releasedBy} is the thread
 * that ran the unlock, which differs from {@code thread} only for {@code unlock L anyway} of a lock
 * another thread holds (mutex_unlock() checks no owner): the hold that ends is the owner's, but the
 * release, which orders memory for the next acquirer, is the unlocker's.
 */
public record LockReleased(int step, int thread, String lock, boolean shared, int releasedBy) implements Event {
    /** A thread released its own hold. */
    public LockReleased(int step, int thread, String lock, boolean shared) {
        this(step, thread, lock, shared, thread);
    }
}
