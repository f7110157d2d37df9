package io.lockstep.ui.view;

import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.event.BlockStateChanged;
import io.lockstep.model.BlockState;
import io.lockstep.trace.Trace;
import java.util.HashMap;
import java.util.Map;

/**
 * The state of every memory block at the step the map shows, kept as an array of ordinals: moved
 * forward by applying the steps' {@link BlockStateChanged} events, and read afresh from the trace's
 * snapshots after a jump back or far ahead. Playing forward then costs a few events a frame instead
 * of 4,096 calls of {@link MachineState#blockState}, each of which allocates.
 */
final class BlockStates {
    private static final Map<String, Byte> ORDINALS = new HashMap<>();

    static {
        for (BlockState s : BlockState.values()) {
            ORDINALS.put(s.keyword(), (byte) s.ordinal());
        }
    }

    private byte[] states = new byte[0];

    /** Reads every block's state from a state of the run (undefined blocks: -1). */
    void reset(Program program, MachineState ms) {
        states = new byte[program.blockNumberCount()];
        for (int b = 0; b < states.length; b++) {
            states[b] = (byte) (program.isBlockDefined(b) ? ms.blockState(b).ordinal() : -1);
        }
    }

    /** Moves from the state after step {@code from} to the state after step {@code to} (from ≤ to). */
    void advance(Trace trace, int from, int to) {
        trace.forEachEvent(from, to, e -> {
            if (e instanceof BlockStateChanged c && c.block() >= 0 && c.block() < states.length) {
                Byte after = ORDINALS.get(c.after());
                if (after != null) {
                    states[c.block()] = after;
                }
            }
        });
    }

    /** The states, by block number (do not modify). */
    byte[] states() {
        return states;
    }
}
