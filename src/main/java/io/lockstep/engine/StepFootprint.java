package io.lockstep.engine;

import io.lockstep.model.Place;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which shared places each thread may still touch, from where it is on: the static future footprint
 * behind the explorer's second reduction, the local access. A thread's read (write) of a place that
 * no other thread may write (touch) from its current statement on commutes with everything they can
 * do before it moves, and no detector sees it: the race check needs another thread at a conflicting
 * access of the same place, and the step touches no lock.
 *
 * <p>The footprint is per (thread, statement), over every statement reachable from there (branches
 * both ways, restarts back to the entry call). A per-block place names its block by an expression of
 * the thread's locals; the block numbers it may denote are over-approximated from the locals' values
 * now and the constants the thread's code may ever assign to them (through copies; a local read from
 * shared memory, or computed, may be any block). A {@code zone_of(b)} place may be any zone's.
 */
public final class StepFootprint {
    private static final int ANY = Integer.MIN_VALUE;

    /**
     * One way a statement touches shared memory: its kind, whether it writes, and where. A lock
     * statement's shape has no kind, its class as {@code fixedOffset}, and writes unless it takes
     * the lock for reading.
     */
    private record Shape(Place.Kind kind, boolean write, int fixedOffset, int constBlock, int slot) {
        // Written out: a record's own equals and hashCode are bootstrapped through method handles on
        // first use, which costs a cold check more than the whole analysis.
        @Override
        public boolean equals(Object o) {
            return o instanceof Shape x && x.kind == kind && x.write == write && x.fixedOffset == fixedOffset
                    && x.constBlock == constBlock && x.slot == slot;
        }

        @Override
        public int hashCode() {
            return ((((java.util.Objects.hashCode(kind) * 31 + (write ? 1 : 0)) * 31 + fixedOffset) * 31 + constBlock) * 31)
                    + slot;
        }
    }

    /** The block number of a lock without instances per block. */
    private static final int UNINDEXED = -2;

    private final Program p;
    private final StateLayout l;
    /** Per thread: its distinct shapes. */
    private final Shape[][] shapes;
    /** Per thread and pc: the ids of the shapes of every statement reachable from pc (pc included). */
    private final int[][][] future;
    /** Per thread and pc: whether the step at pc can come round to pc again. */
    private final boolean[][] onCycle;
    /** Per thread: the values each local may hold. */
    private final SlotValues[] values;

    public StepFootprint(Program program) {
        this.p = program;
        this.l = program.layout;
        int n = p.threadCount();
        shapes = new Shape[n][];
        future = new int[n][][];
        onCycle = new boolean[n][];
        values = new SlotValues[n];
        for (int t = 0; t < n; t++) {
            analyse(t);
        }
    }

    private void analyse(int t) {
        Instr[] code = p.code[t];
        int len = code.length;
        // Shapes of each statement.
        Map<Shape, Integer> ids = new LinkedHashMap<>();
        int[][] own = new int[len][];
        for (int pc = 0; pc < len; pc++) {
            List<Shape> mine = shapesOf(code[pc]);
            own[pc] = new int[mine.size()];
            for (int i = 0; i < mine.size(); i++) {
                own[pc][i] = ids.computeIfAbsent(mine.get(i), k -> ids.size());
            }
        }
        shapes[t] = ids.keySet().toArray(new Shape[0]);
        // The step statements each step statement can be followed by.
        int[][] next = new int[len][];
        for (int pc = 0; pc < len; pc++) {
            if (code[pc].isStep()) {
                BitSet out = new BitSet(len);
                for (int after : continuations(code[pc], pc)) {
                    settleTargets(code, after, out, new BitSet(len));
                }
                next[pc] = out.stream().toArray();
            }
        }
        // Reachability (to a fixed point), then the footprint of each step statement.
        BitSet[] reach = new BitSet[len];
        for (int pc = 0; pc < len; pc++) {
            reach[pc] = new BitSet(len);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = len - 1; pc >= 0; pc--) {
                if (next[pc] == null) {
                    continue;
                }
                BitSet r = reach[pc];
                int before = r.cardinality();
                for (int q : next[pc]) {
                    r.set(q);
                    r.or(reach[q]);
                }
                changed |= r.cardinality() != before;
            }
        }
        future[t] = new int[len][];
        onCycle[t] = new boolean[len];
        for (int pc = 0; pc < len; pc++) {
            if (next[pc] == null) {
                continue;
            }
            onCycle[t][pc] = reach[pc].get(pc);
            BitSet f = new BitSet(shapes[t].length);
            for (int id : own[pc]) {
                f.set(id);
            }
            for (int q = reach[pc].nextSetBit(0); q >= 0; q = reach[pc].nextSetBit(q + 1)) {
                for (int id : own[q]) {
                    f.set(id);
                }
            }
            future[t][pc] = f.stream().toArray();
        }
        values[t] = new SlotValues(p.code[t], p.localsPerThread[t]);
    }

    /** Where a step statement's thread goes on from (before the local statements run). */
    private static List<Integer> continuations(Instr in, int pc) {
        List<Integer> out = new ArrayList<>();
        if (in.op == Instr.Op.RESTART) {
            out.add(in.restartTarget);
            return out;
        }
        out.add(pc + 1);
        if (in.op == Instr.Op.TRYLOCK) {
            if (in.restartOnFail) {
                out.add(in.restartTarget);
            } else if (in.target >= 0) {
                out.add(in.target);
            }
        }
        return out;
    }

    /** The step statements the local statements from {@code pc} lead to. */
    private static void settleTargets(Instr[] code, int pc, BitSet out, BitSet seen) {
        while (pc >= 0 && pc < code.length && !seen.get(pc)) {
            seen.set(pc);
            Instr in = code[pc];
            if (in.isStep()) {
                out.set(pc);
                return;
            }
            switch (in.op) {
                case END -> {
                    return;
                }
                case JUMP -> pc = in.target;
                case JUMP_IF_FALSE -> {
                    settleTargets(code, in.target, out, seen);
                    pc++;
                }
                default -> pc++;
            }
        }
    }

    private List<Shape> shapesOf(Instr in) {
        List<Shape> out = new ArrayList<>();
        switch (in.op) {
            case READ, WRITE -> out.add(shape(in.place, in.op == Instr.Op.WRITE));
            case SET_BLOCK -> out.add(indexed(Place.Kind.BLOCK_STATE, true, in.index));
            case ACQUIRE, TRYLOCK, RELEASE, DRAIN, ACTIVATE -> {
                Shape i = in.index == null ? new Shape(null, true, in.lockClass, UNINDEXED, -1)
                        : indexed(null, true, in.index);
                boolean reads = (in.op == Instr.Op.ACQUIRE || in.op == Instr.Op.TRYLOCK) && in.shared;
                out.add(new Shape(null, !reads, in.lockClass, i.constBlock, i.slot));
            }
            default -> { }
        }
        return out;
    }

    private Shape shape(CPlace place, boolean write) {
        return switch (place.kind) {
            case VAR, ZONE_PRESENT, ZONE_SPANNED, NODE_PRESENT, TOTALRAM ->
                    new Shape(place.kind, write, place.fixedOffset, ANY, -1);
            // a zone_of(b) place: any zone's (a block's zone changes as it is onlined)
            case ZONE_OF_PRESENT, ZONE_OF_SPANNED -> new Shape(place.kind, write, -1, ANY, -1);
            default -> indexed(place.kind, write, place.block);
        };
    }

    private static Shape indexed(Place.Kind kind, boolean write, CExpr block) {
        if (block instanceof CExpr.Const c && c.value >= 0 && c.value <= Integer.MAX_VALUE) {
            return new Shape(kind, write, -1, (int) c.value, -1);
        }
        if (block instanceof CExpr.Local local) {
            return new Shape(kind, write, -1, ANY, local.slot);
        }
        return new Shape(kind, write, -1, ANY, -1);
    }

    /**
     * Whether thread {@code t}'s next step in {@code ms} is a read (write) of a place that no other
     * thread may write (touch) from where it is on, at a statement that cannot come round again (so
     * that no cycle of states is made of such steps alone). A zone found through a block is never
     * one: which zone it is can change.
     */
    public boolean isLocalAccess(MachineState ms, int t) {
        if (ms.status(t) != StateLayout.RUNNING) {
            return false;
        }
        int pc = ms.pc(t);
        Instr in = p.code[t][pc];
        if ((in.op != Instr.Op.READ && in.op != Instr.Op.WRITE) || onCycle[t][pc]) {
            return false;
        }
        Place.Kind kind = in.place.kind;
        if (kind == Place.Kind.ZONE_OF_PRESENT || kind == Place.Kind.ZONE_OF_SPANNED) {
            return false;
        }
        int[] s = ms.s;
        int fixed = -1;
        int block = -1;
        try {
            if (in.place.block == null) {
                fixed = in.place.fixedOffset;
            } else {
                block = p.checkBlock(in.place.block.eval(s, l.locals(t)));
            }
        } catch (ScenarioFault f) {
            return false; // the step reports it
        }
        boolean write = in.op == Instr.Op.WRITE;
        for (int u = 0; u < p.threadCount(); u++) {
            if (u == t || ms.status(u) == StateLayout.DONE) {
                continue;
            }
            for (int id : future[u][ms.pc(u)]) {
                Shape sh = shapes[u][id];
                if (sh.kind != null && (write || sh.write) && mayMeet(s, u, sh, kind, fixed, block)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether thread {@code t}'s next step in {@code ms} is a lock, trylock or unlock of an instance
     * no other thread may lock, trylock, unlock, drain or activate from where it is on, at a
     * statement that cannot come round again. (Whether the step then makes an edge, waits or
     * sleeps is for the caller to check.)
     */
    public boolean isLocalLockStep(MachineState ms, int t) {
        if (ms.status(t) != StateLayout.RUNNING) {
            return false;
        }
        int pc = ms.pc(t);
        Instr in = p.code[t][pc];
        if ((in.op != Instr.Op.ACQUIRE && in.op != Instr.Op.TRYLOCK && in.op != Instr.Op.RELEASE) || onCycle[t][pc]) {
            return false;
        }
        int block = UNINDEXED;
        if (in.index != null) {
            try {
                block = p.checkBlock(in.index.eval(ms.s, l.locals(t)));
            } catch (ScenarioFault f) {
                return false;
            }
        }
        // Nobody else may hold it either: a restart lets go of active references without a statement.
        int inst = p.classBase[in.lockClass] + (block == UNINDEXED ? 0 : block);
        if ((ms.writer(inst) >= 0 && ms.writer(inst) != t) || (ms.readers(inst) & ~(1 << t)) != 0) {
            return false;
        }
        for (int u = 0; u < p.threadCount(); u++) {
            if (u == t || ms.status(u) == StateLayout.DONE) {
                continue;
            }
            for (int id : future[u][ms.pc(u)]) {
                Shape sh = shapes[u][id];
                if (sh.kind == null && sh.fixedOffset == in.lockClass && (block == UNINDEXED || mayMeet(ms.s, u, sh, null, -1, block))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether some thread other than {@code t} may still take a lock of class {@code lockClass} for
     * reading (read_lock or read_trylock), from where it is on in {@code ms}: only then can a writer
     * waiting on it (writer preference) be seen.
     */
    public boolean mayReadLock(MachineState ms, int t, int lockClass) {
        for (int u = 0; u < p.threadCount(); u++) {
            if (u == t || ms.status(u) == StateLayout.DONE) {
                continue;
            }
            for (int id : future[u][ms.pc(u)]) {
                Shape sh = shapes[u][id];
                if (sh.kind == null && !sh.write && sh.fixedOffset == lockClass) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether shape {@code sh} of thread {@code u} may denote the place (kind, fixed offset or block). */
    private boolean mayMeet(int[] s, int u, Shape sh, Place.Kind kind, int fixed, int block) {
        if (fixed >= 0) {
            // a fixed place: the same offset, or a zone found through a block (any zone)
            if (sh.fixedOffset == fixed) {
                return true;
            }
            boolean zone = kind == Place.Kind.ZONE_PRESENT || kind == Place.Kind.ZONE_SPANNED;
            return zone && (sh.kind == Place.Kind.ZONE_OF_PRESENT || sh.kind == Place.Kind.ZONE_OF_SPANNED);
        }
        if (sh.kind != kind) {
            return false;
        }
        if (sh.constBlock != ANY) {
            return sh.constBlock == block;
        }
        if (sh.slot < 0 || values[u].mayBeAny(sh.slot)) {
            return true;
        }
        if (values[u].mayBeAssigned(sh.slot, block)) {
            return true;
        }
        int locals = l.locals(u);
        for (int o : values[u].copiedFrom(sh.slot)) {
            if (s[locals + o] == block) {
                return true;
            }
        }
        return false;
    }
}
