package io.lockstep.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What each local slot of one thread's code may hold, for {@link StepFootprint}'s block numbers:
 * any value (it is read from shared memory or computed), or the constants some {@code let} assigns
 * to it or to a slot it copies (0 included: locals start at 0, and restarts and dead slots are
 * zeroed). A flow-insensitive over-approximation over the whole code.
 */
final class SlotValues {
    /** Per slot: may be any value. */
    private final boolean[] anyValue;
    /** Per slot: the constants it may be assigned (through copies). */
    private final BitSet[] constants;
    /** Per slot: the slots whose value it may copy, itself included. */
    private final int[][] copies;

    SlotValues(Instr[] code, int slots) {
        boolean[] any = new boolean[slots];
        BitSet[] consts = new BitSet[slots];
        List<List<Integer>> copy = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            consts[i] = new BitSet();
            consts[i].set(0); // locals start at 0, and restarts and dead slots are zeroed
            copy.add(new ArrayList<>());
        }
        for (Instr in : code) {
            if (in.op == Instr.Op.LET) {
                if (in.value instanceof CExpr.Const c) {
                    if (c.value >= 0 && c.value <= Integer.MAX_VALUE) {
                        consts[in.slot].set((int) c.value);
                    }
                } else if (in.value instanceof CExpr.Local o) {
                    copy.get(in.slot).add(o.slot);
                } else {
                    any[in.slot] = true;
                }
            } else if (in.op == Instr.Op.READ) {
                any[in.slot] = true;
            }
        }
        // close over copies: a slot may hold whatever the slots it copies may
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < slots; i++) {
                for (int o : copy.get(i)) {
                    if (any[o] && !any[i]) {
                        any[i] = true;
                        changed = true;
                    }
                    BitSet before = (BitSet) consts[i].clone();
                    consts[i].or(consts[o]);
                    changed |= !before.equals(consts[i]);
                }
            }
        }
        int[][] transitive = new int[slots][];
        for (int i = 0; i < slots; i++) {
            BitSet reach = new BitSet(slots);
            ArrayDeque<Integer> todo = new ArrayDeque<>(copy.get(i));
            while (!todo.isEmpty()) {
                int o = todo.pop();
                if (!reach.get(o)) {
                    reach.set(o);
                    todo.addAll(copy.get(o));
                }
            }
            reach.set(i);
            transitive[i] = reach.stream().toArray();
        }
        anyValue = any;
        constants = consts;
        copies = transitive;
    }

    boolean mayBeAny(int slot) {
        return anyValue[slot];
    }

    boolean mayBeAssigned(int slot, int value) {
        return constants[slot].get(value);
    }

    /** The slots whose current value {@code slot} may come to hold, itself included. */
    int[] copiedFrom(int slot) {
        return copies[slot];
    }
}
