package io.lockstep.ui.vm;

import io.lockstep.event.Event;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.trace.Trace;

/**
 * What the background threads tell the window, queued by the {@link EventBridge} and read by the FX
 * thread once per frame. Every item names the run (or the exploration) it belongs to, so that news
 * of a run the user has already replaced is dropped rather than shown.
 */
public sealed interface EngineNews {

    /** An event of run {@code run}, as the engine published it on the bus. */
    record Happened(long run, Event event) implements EngineNews {}

    /**
     * The engine finished a command of run {@code run}. {@code trace} is the run's trace, which is a
     * new object when the command started the run again (a new schedule, or a step that truncated
     * the future); {@code stepped} tells whether a step was taken.
     */
    record CommandDone(long run, Command command, Trace trace, boolean stepped, boolean stopped) implements EngineNews {}

    /** A command of run {@code run} failed with a bug of ours; {@code message} says what. */
    record EngineFailed(long run, String message) implements EngineNews {}

    /** How far exploration {@code exploration} has got (sent every few thousand states). */
    record ExplorationProgress(long exploration, long states, long transitions, int depth) implements EngineNews {}

    /** Exploration {@code exploration} ended: complete, cancelled or stopped by a limit (see the result). */
    record ExplorationDone(long exploration, ExplorationResult result) implements EngineNews {}

    /** Exploration {@code exploration} failed with a bug of ours; {@code message} says what. */
    record ExplorationFailed(long exploration, String message) implements EngineNews {}

    /** The kinds of engine command. */
    enum Command { START, STEP }
}
