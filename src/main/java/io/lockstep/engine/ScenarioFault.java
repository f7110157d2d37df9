package io.lockstep.engine;

/**
 * A runtime error of the scenario (unlock of a lock not held, an unknown block number, a restart
 * while holding a lock, ...). It stops the execution it happens in; the engine turns it into a
 * {@link io.lockstep.event.Finding.RuntimeError}. Never escapes the engine.
 */
final class ScenarioFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScenarioFault(String message) {
        super(message, null, false, false);
    }
}
