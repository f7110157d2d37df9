package io.lockstep.engine;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which locals are dead at each pc of a thread's code. The engine zeroes them whenever the thread
 * comes to rest, so two states that differ only in values no one will read again are one state:
 * that keeps the explored state space small without changing any verdict.
 *
 * <p>A thread may inline to a million instructions with a thousand locals, so the passes keep the
 * live set only where a jump (or a restart) lands, and pcs with the same dead set share one array: the result is
 * as large as the distinct dead sets, not pcs times locals.
 */
final class Liveness {
    private Liveness() {}

    /**
     * For each pc, the slots not live there. Every jump goes forward except a restart, which goes back
     * to the start of its entry-point call, so backward passes repeat until nothing changes (twice,
     * nearly always).
     */
    static int[][] deadSlots(Instr[] code, int slotCount) {
        boolean[] landedOn = new boolean[code.length + 1];
        for (Instr in : code) {
            int[] targets = {in.target, in.op == Instr.Op.TRYLOCK && in.restartOnFail || in.op == Instr.Op.RESTART
                    ? in.restartTarget : -1};
            for (int target : targets) {
                if (target >= 0 && target <= code.length) {
                    landedOn[target] = true;
                }
            }
        }
        Map<Integer, BitSet> liveAtTarget = new HashMap<>();
        // A restart jumps back, so passes repeat until the live sets where jumps land stop growing.
        while (backwardPass(code, landedOn, liveAtTarget, null, slotCount)) {
            // repeat
        }
        int[][] dead = new int[code.length][];
        backwardPass(code, landedOn, liveAtTarget, dead, slotCount);
        return dead;
    }

    /**
     * One backward pass. Keeps the live-in set only at pcs a jump lands on; fills {@code dead} when
     * it is not null (pcs with the same dead set share one array). Returns whether a kept set grew.
     */
    private static boolean backwardPass(Instr[] code, boolean[] landedOn, Map<Integer, BitSet> liveAtTarget,
            int[][] dead, int slotCount) {
        boolean changed = false;
        Map<BitSet, int[]> shared = new HashMap<>();
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
                    out.or(liveAtTarget.getOrDefault(in.restartOnFail ? in.restartTarget : in.target, empty));
                }
                case RESTART -> out.or(liveAtTarget.getOrDefault(in.restartTarget, empty));
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
            if (landedOn[pc] && !out.equals(liveAtTarget.get(pc))) {
                changed |= liveAtTarget.containsKey(pc) || !out.isEmpty();
                liveAtTarget.put(pc, out);
            }
            liveNext = out;
            if (dead != null) {
                dead[pc] = shared.computeIfAbsent(out, live -> {
                    BitSet deadHere = new BitSet();
                    deadHere.set(0, slotCount);
                    deadHere.andNot(live);
                    return deadHere.stream().toArray();
                });
            }
        }
        return changed;
    }
}
