package io.lockstep.model;

/**
 * A scenario that is valid but larger than what runs it can hold (too many threads for the state
 * layout, too many lock instances...), at the declaration that crosses the limit. The engine finds
 * these; the language turns them into positioned diagnostics.
 */
public record LimitProblem(SourcePos pos, String message) {}
