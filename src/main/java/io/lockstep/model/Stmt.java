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
                || this instanceof Read || this instanceof Write || this instanceof SetBlock
                || this instanceof Drain || this instanceof Activate || this instanceof Restart;
    }

    /** {@code lock L}, {@code lock L[e]} ({@code shared == false}) or {@code read_lock L}. */
    record Acquire(LockRef lock, boolean shared, SourcePos pos) implements Stmt {}

    /**
     * {@code unlock L} or {@code read_unlock L}. {@code anyway}: {@code unlock L anyway}, a
     * mutex_unlock() by a thread that may not own the lock (it releases whoever holds it).
     */
    record Release(LockRef lock, boolean shared, boolean anyway, SourcePos pos) implements Stmt {
        public Release(LockRef lock, boolean shared, SourcePos pos) {
            this(lock, shared, false, pos);
        }
    }

    /**
     * {@code trylock L else restart|return}, or with {@code shared} {@code read_trylock L else ...}
     * (down_read_trylock, kernfs_get_active).
     */
    record TryLock(LockRef lock, boolean shared, OnFail onFail, List<Stmt> otherwise, SourcePos pos) implements Stmt {
        public TryLock {
            otherwise = List.copyOf(otherwise);
        }

        public TryLock(LockRef lock, OnFail onFail, SourcePos pos) {
            this(lock, false, onFail, List.of(), pos);
        }
    }

    /** {@code restart}: restart_syscall(), the entry-point call is issued again (see TryLock). */
    record Restart(SourcePos pos) implements Stmt {}

    /**
     * {@code drain L[e]}: kernfs_drain() of an active reference. Deactivates it, orders it after every
     * lock held (like a write acquisition) and waits until no thread holds a reference.
     */
    record Drain(LockRef lock, SourcePos pos) implements Stmt {}

    /** {@code activate L[e]}: kernfs_activate(), an active reference usable again (a re-added node). */
    record Activate(LockRef lock, SourcePos pos) implements Stmt {}

    /**
     * {@code assert_held L [read|write] [rule] ["message"]}: lockdep_assert_held(). {@code mode} is
     * null for either mode. A {@code rule} check states a documented rule rather than an assertion in
     * the kernel's code, and runs only when rule checks are on.
     */
    record AssertHeld(LockRef lock, HeldMode mode, boolean rule, String message, SourcePos pos) implements Stmt {}

    enum HeldMode { READ, WRITE }

    /** What a failed trylock does: restart the syscall, return from the proc, or run its else block. */
    enum OnFail { RESTART, RETURN, BLOCK }

    /** {@code read PLACE -> local}. */
    record Read(Place place, String local, SourcePos pos) implements Stmt {}

    /** {@code write PLACE = expr}. */
    record Write(Place place, Expr value, SourcePos pos) implements Stmt {}

    /**
     * {@code set block e STATE [zone Z]}: a write of {@code block(e).state}; {@code zone} may be null.
     * {@code set block e zone Z} ({@code state} null) only moves the block to zone Z.
     */
    record SetBlock(Expr block, BlockState state, String zone, SourcePos pos) implements Stmt {}

    /**
     * {@code call P(args)}, or {@code call P(args) -> x}, which sets the local {@code result} to the
     * value P returns ({@code return e}; 0 when P ends without one). {@code result} may be null.
     */
    record Call(String proc, List<Expr> args, String result, SourcePos pos) implements Stmt {
        public Call {
            args = List.copyOf(args);
        }

        public Call(String proc, List<Expr> args, SourcePos pos) {
            this(proc, args, null, pos);
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

    /**
     * {@code return} or {@code return e}: leave the current proc (or end the thread, in a thread
     * body), giving {@code value} (null for none) to a caller that asked with {@code -> x}.
     */
    record Return(Expr value, SourcePos pos) implements Stmt {
        public Return(SourcePos pos) {
            this(null, pos);
        }
    }

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
