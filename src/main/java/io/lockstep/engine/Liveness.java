package io.lockstep.engine;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which locals are dead at each pc of a thread's code. The engine zeroes them whenever the thread
 * comes to rest, so two states that differ only in values no one will read again are one state:
 * that keeps the explored state space small without changing any verdict.
 *
 * <p>A thread may inline to a million instructions with a thousand locals, so the pass keeps the
 * live set only where a jump lands, and pcs with the same dead set share one array: the result is
 * as large as the distinct dead sets, not pcs times locals.
 */
final class Liveness {
    private Liveness() {}

    /** For each pc, the slots not live there. Every jump goes forward, so one backward pass is exact. */
    static int[][] deadSlots(Instr[] code, int slotCount) {
        boolean[] landedOn = new boolean[code.length + 1];
        for (Instr in : code) {
            if (in.target >= 0 && in.target <= code.length) {
                landedOn[in.target] = true;
            }
        }
        Map<Integer, BitSet> liveAtTarget = new HashMap<>();
        Map<BitSet, int[]> shared = new HashMap<>();
        int[][] dead = new int[code.length][];
        BitSet liveNext = new BitSet(); // live-in of pc + 1
        BitSet empty = new BitSet();
        for (int pc = code.length - 1; pc >= 0; pc--) {
            Instr in = code[pc];
            BitSet out = new BitSet();
            switch (in.op) {
                case END -> { }
                case JUMP -> out.or(liveAtTarget.getOrDefault(in.target, empty));
                case JUMP_IF_FALSE -> {
                    out.or(liveNext);
                    out.or(liveAtTarget.getOrDefault(in.target, empty));
                }
                case TRYLOCK -> {
                    out.or(liveNext);
                    if (!in.restartOnFail) {
                        out.or(liveAtTarget.getOrDefault(in.target, empty));
                    }
                }
                default -> out.or(liveNext);
            }
            if (in.slot >= 0 && (in.op == Instr.Op.LET || in.op == Instr.Op.READ)) {
                out.clear(in.slot);
            }
            if (in.index != null) {
                in.index.usedSlots(out);
            }
            if (in.value != null) {
                in.value.usedSlots(out);
            }
            if (in.place != null) {
                in.place.usedSlots(out);
            }
            if (landedOn[pc]) {
                liveAtTarget.put(pc, out);
            }
            liveNext = out;
            dead[pc] = shared.computeIfAbsent(out, live -> {
                BitSet deadHere = new BitSet();
                deadHere.set(0, slotCount);
                deadHere.andNot(live);
                return deadHere.stream().toArray();
            });
        }
        return dead;
    }
}
