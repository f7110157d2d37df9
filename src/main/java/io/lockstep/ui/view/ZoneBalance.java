package io.lockstep.ui.view;

import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.model.BlockState;
import java.util.ArrayList;
import java.util.List;

/**
 * One zone's page accounting at one step: {@code present_pages} as the engine has it, next to the
 * pages of the zone's online blocks. While threads are between "set the block online" and "add to
 * present_pages" the two differ for a moment; once every thread has finished a difference is a
 * lost update (the same rule as the engine's end-of-run check).
 */
public record ZoneBalance(String zone, long present, long online, boolean settled) {
    public boolean mismatch() {
        return present != online;
    }

    public boolean lostUpdate() {
        return settled && mismatch();
    }

    /** Every zone of the program, in zone order, at state {@code ms}. */
    public static List<ZoneBalance> of(Program program, MachineState ms) {
        byte[] states = new byte[program.blockNumberCount()];
        for (int b = 0; b < states.length; b++) {
            states[b] = (byte) (program.isBlockDefined(b) ? ms.blockState(b).ordinal() : -1);
        }
        return of(program, ms, states);
    }

    /**
     * The same, with the blocks' states (ordinals, by block number) given by a caller that already
     * has them: {@link MachineState#blockState} allocates, which adds up at 4,096 blocks a frame.
     */
    public static List<ZoneBalance> of(Program program, MachineState ms, byte[] states) {
        List<String> zones = program.zoneNames();
        long[] online = new long[zones.size()];
        for (int b = 0; b < program.blockNumberCount(); b++) {
            if (program.isBlockDefined(b) && states[b] == BlockState.ONLINE.ordinal()) {
                int z = ms.blockZone(b);
                if (z >= 0 && z < online.length) {
                    online[z] += program.pagesPerBlock();
                }
            }
        }
        boolean settled = true;
        for (int t = 0; t < program.threadCount(); t++) {
            settled &= ms.isDone(t);
        }
        List<ZoneBalance> out = new ArrayList<>(zones.size());
        for (int z = 0; z < zones.size(); z++) {
            out.add(new ZoneBalance(zones.get(z), ms.zonePresentPages(z), online[z], settled));
        }
        return out;
    }
}
