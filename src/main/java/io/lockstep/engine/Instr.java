package io.lockstep.engine;

import io.lockstep.model.BlockState;
import io.lockstep.model.SourcePos;
import java.util.List;

/**
 * One instruction of a thread's compiled code. Calls are inlined, so a thread's code is one flat
 * array; {@link #stack} keeps the call stack (innermost first) for the window and the reports.
 * Public read-only accessors let a translator (the Promela export) follow the engine's own code
 * rather than re-deriving it from the scenario, so both run the same instructions.
 */
public final class Instr {
    public enum Op {
        ACQUIRE, RELEASE, TRYLOCK, READ, WRITE, SET_BLOCK, DRAIN, ACTIVATE, RESTART, // scheduling points
        LET, JUMP, JUMP_IF_FALSE, NOTE, ASSERT, ASSERT_HELD, END // run at once
    }

    final Op op;
    final SourcePos pos;
    /** The statement as written, such as {@code lock device_lock[b]}. */
    final String source;
    final List<String> stack;
    final String at;
    /** Where this statement is, for a runtime error: the file position, or the model, proc and citation. */
    String where;

    int lockClass = -1;
    CExpr index;
    boolean shared;
    boolean restartOnFail;
    /** {@code unlock L anyway}: release whoever holds it. */
    boolean anyway;
    /** For a restart: the pc where the entry-point call begins, and its local slots [from, to) to reset. */
    int restartTarget;
    int restartSlotFrom;
    int restartSlotTo;
    /** For assert_held: the mode it asks for (null: either); {@code rule} marks a documented-rule check. */
    io.lockstep.model.Stmt.HeldMode heldMode;
    boolean rule;
    int target = -1;
    CPlace place;
    int slot = -1;
    CExpr value;
    BlockState blockState;
    int zone = -1;
    String text;

    Instr(Op op, SourcePos pos, String source, List<String> stack, String at) {
        this.op = op;
        this.pos = pos;
        this.source = source;
        this.stack = stack;
        this.at = at;
    }

    /** Whether this instruction is a scheduling point (the rest run at once, after it, in the same step). */
    public boolean isStep() {
        return op.ordinal() <= Op.RESTART.ordinal();
    }

    public Op op() { return op; }
    public String source() { return source; }
    /** Where it is, for a message: the file position, or the kernel model, proc and citation. */
    public String where() { return where; }
    public int lockClass() { return lockClass; }
    /** The block index of a per-block lock, or null for a single lock. */
    public CExpr index() { return index; }
    public boolean shared() { return shared; }
    public boolean restartOnFail() { return restartOnFail; }
    public boolean anyway() { return anyway; }
    public int restartTarget() { return restartTarget; }
    public int restartSlotFrom() { return restartSlotFrom; }
    public int restartSlotTo() { return restartSlotTo; }
    public io.lockstep.model.Stmt.HeldMode heldMode() { return heldMode; }
    public int target() { return target; }
    public CPlace place() { return place; }
    public int slot() { return slot; }
    public CExpr value() { return value; }
    public BlockState blockState() { return blockState; }
    public int zone() { return zone; }
    public String text() { return text; }
}
