package io.lockstep.promela;

import io.lockstep.engine.Instr;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * The local code one step runs after its scheduling instruction: the instructions reachable without
 * crossing another scheduling point (the engine's settle), and the local slots they may set.
 */
final class LocalCode {
    private LocalCode() {}

    /** {@code live} plus the slots the step and the local code reachable from {@code entries} write. */
    static BitSet written(List<Instr> code, Instr step, List<Integer> entries, BitSet live) {
        BitSet out = (BitSet) live.clone();
        if (step != null && step.op() == Instr.Op.READ) {
            out.set(step.slot());
        }
        for (int pc : region(code, entries)) {
            Instr in = code.get(pc);
            if (in.op() == Instr.Op.LET) {
                out.set(in.slot());
            }
        }
        return out;
    }

    /** The local instructions reachable from {@code entries} without crossing a step. */
    static TreeSet<Integer> region(List<Instr> code, List<Integer> entries) {
        TreeSet<Integer> local = new TreeSet<>();
        Deque<Integer> work = new ArrayDeque<>(entries);
        while (!work.isEmpty()) {
            int pc = work.poll();
            Instr in = code.get(pc);
            if (in.isStep() || in.op() == Instr.Op.END || !local.add(pc)) {
                continue;
            }
            switch (in.op()) {
                case JUMP -> work.add(in.target());
                case JUMP_IF_FALSE -> {
                    work.add(pc + 1);
                    work.add(in.target());
                }
                default -> work.add(pc + 1);
            }
        }
        return local;
    }
}
