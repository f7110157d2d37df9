package io.lockstep.engine;

import io.lockstep.model.BlockState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The whole state of one run at one moment: threads (pc, status, locals), locks, vars, blocks,
 * zones and the lock-order graph, packed in one {@code int[]} (see {@link StateLayout}). Copying is
 * one array copy, so the explorer and time travel can keep as many as they need.
 */
public final class MachineState {
    final Program program;
    int[] s;

    MachineState(Program program, int[] s) {
        this.program = program;
        this.s = s;
    }

    /** A state from words saved by {@link #words()}, such as a snapshot or an explorer state. */
    public static MachineState of(Program program, int[] words) {
        return new MachineState(program, words.clone());
    }

    /** A state over {@code words} without copying them: the caller hands the array over. */
    public static MachineState adopt(Program program, int[] words) {
        return new MachineState(program, words);
    }

    /** The packed words themselves, not a copy: for storing a state without an extra copy. Do not modify. */
    public int[] wordsView() {
        return s;
    }

    public MachineState copy() {
        return new MachineState(program, s.clone());
    }

    /** The packed words (a copy). */
    public int[] words() {
        return s.clone();
    }

    int[] raw() {
        return s;
    }

    public Program program() {
        return program;
    }

    public int pc(int t) {
        return s[program.layout.threadWord(t)] & StateLayout.PC_MASK;
    }

    int status(int t) {
        return s[program.layout.threadWord(t)] >>> StateLayout.STATUS_SHIFT;
    }

    public boolean isDone(int t) {
        return status(t) == StateLayout.DONE;
    }

    public boolean isSleeping(int t) {
        return status(t) == StateLayout.SLEEPING;
    }

    /** The lock instance a thread waits for, or -1 when it is not waiting. */
    public int waitingFor(int t) {
        return status(t) == StateLayout.WAITING ? s[program.layout.threadWait(t)] : -1;
    }

    /** The thread that holds a lock instance exclusively, or -1. */
    public int writer(int instance) {
        return (s[program.layout.lock(instance)] & StateLayout.WRITER_MASK) - 1;
    }

    /** The threads that hold a lock instance for reading, as a bit set. */
    public int readers(int instance) {
        return (s[program.layout.lock(instance)] >>> StateLayout.WRITER_BITS) & StateLayout.READERS_MASK;
    }

    /** Thread numbers holding a lock instance, writer first then readers in order. */
    public List<Integer> holders(int instance) {
        List<Integer> out = new ArrayList<>();
        if (writer(instance) >= 0) {
            out.add(writer(instance));
        }
        int r = readers(instance);
        for (int t = 0; r != 0; t++, r >>>= 1) {
            if ((r & 1) != 0) {
                out.add(t);
            }
        }
        return out;
    }

    /** Lock instances a thread holds (exclusively or shared), in instance order. */
    public List<Integer> heldBy(int t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < program.lockInstanceCount(); i++) {
            if (writer(i) == t || (readers(i) & (1 << t)) != 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether a drain has deactivated an active reference (and no activate has followed). */
    public boolean isDeactivated(int instance) {
        return (s[program.layout.lock(instance)] & StateLayout.DEACTIVATED) != 0;
    }

    public int blockSysfs(int block) {
        return s[program.layout.blockSysfs(block)];
    }

    public int blockNid(int block) {
        return s[program.layout.blockNid(block)];
    }

    public int blockDevOffline(int block) {
        return s[program.layout.blockDevOffline(block)];
    }

    public BlockState blockState(int block) {
        return BlockState.fromCode(s[program.layout.blockState(block)]);
    }

    public int blockZone(int block) {
        return s[program.layout.blockZone(block)];
    }

    public int blockOnlineType(int block) {
        return s[program.layout.blockOnlineType(block)];
    }

    public int zonePresentPages(int zone) {
        return s[program.layout.zonePresent(zone)];
    }

    public int zoneSpannedPages(int zone) {
        return s[program.layout.zoneSpanned(zone)];
    }

    /** The pages of the online blocks that belong to a zone: what present_pages should say. */
    public long onlinePagesOf(int zone) {
        long pages = 0;
        for (int b = 0; b < program.blockNumberCount(); b++) {
            if (program.isBlockDefined(b) && blockZone(b) == zone && blockState(b) == BlockState.ONLINE) {
                pages += program.pagesPerBlock();
            }
        }
        return pages;
    }

    public int nodePresentPages() {
        return s[program.layout.nodePresent()];
    }

    public int totalramPages() {
        return s[program.layout.totalram()];
    }

    public int var(int index) {
        return s[program.layout.var(index)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MachineState m && Arrays.equals(s, m.s);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(s);
    }
}
