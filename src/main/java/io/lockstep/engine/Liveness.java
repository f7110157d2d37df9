package io.lockstep.engine;

import java.util.BitSet;

/**
 * Which locals are dead at each pc of a thread's code. The engine zeroes them whenever the thread
 * comes to rest, so two states that differ only in values no one will read again are one state:
 * that keeps the explored state space small without changing any verdict.
 */
final class Liveness {
    private Liveness() {}

    /**
     * For each pc, the slots not live there. Every jump goes forward except a restart, which goes back
     * to the start of its entry-point call, so backward passes repeat until nothing changes (twice,
     * nearly always).
     */
    static int[][] deadSlots(Instr[] code, int slotCount) {
        BitSet[] liveIn = new BitSet[code.length + 1];
        for (int pc = 0; pc <= code.length; pc++) {
            liveIn[pc] = new BitSet();
        }
        boolean changed = true;
        while (changed) {
            changed = backwardPass(code, liveIn);
        }
        int[][] dead = new int[code.length][];
        for (int pc = 0; pc < code.length; pc++) {
            BitSet deadHere = new BitSet();
            deadHere.set(0, slotCount);
            deadHere.andNot(liveIn[pc]);
            dead[pc] = deadHere.stream().toArray();
        }
        return dead;
    }

    /** One backward pass over the code; returns whether any live-in set grew. */
    private static boolean backwardPass(Instr[] code, BitSet[] liveIn) {
        boolean changed = false;
        for (int pc = code.length - 1; pc >= 0; pc--) {
            Instr in = code[pc];
            BitSet out = new BitSet();
            switch (in.op) {
                case END -> { }
                case JUMP -> out.or(liveIn[in.target]);
                case JUMP_IF_FALSE -> {
                    out.or(liveIn[pc + 1]);
                    out.or(liveIn[in.target]);
                }
                case TRYLOCK -> {
                    out.or(liveIn[pc + 1]);
                    out.or(liveIn[in.restartOnFail ? in.restartTarget : in.target]);
                }
                case RESTART -> out.or(liveIn[in.restartTarget]);
                default -> out.or(liveIn[pc + 1]);
            }
            if (in.slot >= 0 && (in.op == Instr.Op.LET || in.op == Instr.Op.READ)) {
                out.clear(in.slot);
            }
            BitSet uses = new BitSet();
            if (in.index != null) {
                in.index.usedSlots(uses);
            }
            if (in.value != null) {
                in.value.usedSlots(uses);
            }
            if (in.place != null) {
                in.place.usedSlots(uses);
            }
            out.or(uses);
            if (!out.equals(liveIn[pc])) {
                liveIn[pc] = out;
                changed = true;
            }
        }
        return changed;
    }
}
