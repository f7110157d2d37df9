package io.lockstep.model;

import java.util.List;

/**
 * Statements. Those that are scheduling points ({@link #isStep()}) are where the scheduler picks
 * which thread goes next; the others run at once, right after the thread's previous step.
 */
public sealed interface Stmt {
    SourcePos pos();

    /** Whether this statement is one scheduling point. */
    default boolean isStep() {
        return this instanceof Acquire || this instanceof Release || this instanceof TryLock
                || this instanceof Read || this instanceof Write || this instanceof SetBlock;
    }

    /** {@code lock L}, {@code lock L[e]} ({@code shared == false}) or {@code read_lock L}. */
    record Acquire(LockRef lock, boolean shared, SourcePos pos) implements Stmt {}

    /** {@code unlock L} or {@code read_unlock L}. */
    record Release(LockRef lock, boolean shared, SourcePos pos) implements Stmt {}

    /** {@code trylock L else restart} / {@code trylock L else return}. */
    record TryLock(LockRef lock, OnFail onFail, SourcePos pos) implements Stmt {}

    enum OnFail { RESTART, RETURN }

    /** {@code read PLACE -> local}. */
    record Read(Place place, String local, SourcePos pos) implements Stmt {}

    /** {@code write PLACE = expr}. */
    record Write(Place place, Expr value, SourcePos pos) implements Stmt {}

    /** {@code set block e STATE [zone Z]}: a write of {@code block(e).state}. {@code zone} may be null. */
    record SetBlock(Expr block, BlockState state, String zone, SourcePos pos) implements Stmt {}

    /** {@code call P(args)}. */
    record Call(String proc, List<Expr> args, SourcePos pos) implements Stmt {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code let x = expr}. */
    record Let(String local, Expr value, SourcePos pos) implements Stmt {}

    /** {@code if cond { ... } else { ... }}; {@code otherwise} is empty when there is no else. */
    record If(Expr cond, List<Stmt> then, List<Stmt> otherwise, SourcePos pos) implements Stmt {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** {@code return}: leave the current proc (or end the thread, in a thread body). */
    record Return(SourcePos pos) implements Stmt {}

    /** {@code note "text"}: narration attached to the thread's next step. */
    record Note(String text, SourcePos pos) implements Stmt {}

    /** {@code assert cond "message"}. */
    record Assert(Expr cond, String message, SourcePos pos) implements Stmt {}

    /** A lock named in a statement; {@code index} is the block expression of a per-block lock, else null. */
    record LockRef(String name, Expr index, SourcePos pos) {
        public String describe() {
            return index == null ? name : name + "[" + ExprText.of(index) + "]";
        }
    }
}
