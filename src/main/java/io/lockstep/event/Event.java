package io.lockstep.event;

/**
 * Something that happened in one run, in the order the engine did it. {@link #step()} is the
 * 1-based number of the scheduling step that produced the event (0 for what happens before the
 * first step, such as threads running their leading local statements).
 *
 * <p>Within one step the engine emits, in this order: {@link StepTaken}; the events of the step's
 * own statement ({@link LockAcquired}, {@link LockContended}, {@link TrylockFailed},
 * {@link ThreadRestarted}, {@link PlaceRead}, {@link PlaceWritten}, {@link BlockStateChanged},
 * {@link LockOrderEdge}); then those of the local statements that follow up to the thread's next
 * step ({@link Narration}, {@link RuleChecked}, {@link ThreadFinished}); then {@link FindingReported} for whatever the
 * detectors found at that step.
 */
public sealed interface Event
        permits StepTaken, LockAcquired, LockContended, LockReleased, TrylockFailed, ThreadRestarted, PlaceRead,
        PlaceWritten, BlockStateChanged, LockOrderEdge, Narration, RuleChecked, ThreadFinished, FindingReported {
    int step();
}
