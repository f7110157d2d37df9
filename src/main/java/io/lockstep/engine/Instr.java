package io.lockstep.engine;

import io.lockstep.model.BlockState;
import io.lockstep.model.SourcePos;
import java.util.List;

/**
 * One instruction of a thread's compiled code. Calls are inlined, so a thread's code is one flat
 * array; {@link #stack} keeps the call stack (innermost first) for the window and the reports.
 */
final class Instr {
    enum Op {
        ACQUIRE, RELEASE, TRYLOCK, READ, WRITE, SET_BLOCK, // scheduling points
        LET, JUMP, JUMP_IF_FALSE, NOTE, ASSERT, END // run at once
    }

    final Op op;
    final SourcePos pos;
    /** The statement as written, such as {@code lock device_lock[b]}. */
    final String source;
    final List<String> stack;
    final String at;

    int lockClass = -1;
    CExpr index;
    boolean shared;
    boolean restartOnFail;
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

    boolean isStep() {
        return op.ordinal() <= Op.SET_BLOCK.ordinal();
    }
}
