package io.lockstep.explore;

/** Progress reports and cancellation for a long exploration (the window shows a bar and a cancel button). */
public interface Progress {
    /** Called every few thousand states, on the exploring thread. */
    default void update(long states, long transitions, long frontier, int depth) {}

    /** Polled as often as {@link #update}; true stops the exploration. */
    default boolean cancelled() {
        return false;
    }

    Progress NONE = new Progress() {};
}
