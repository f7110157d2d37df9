package io.lockstep.engine;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A compact, canonical byte form of a state, for the explorer's visited set. Most of a state's words
 * carry nothing: the locals that are dead at a thread's pc (the engine keeps them zero, see
 * {@link Liveness}) and the block and zone words that no instruction of the program can write. The
 * codec leaves both out, and writes each remaining word as a zigzag varint of its difference from
 * the initial state, behind a byte of flags per eight words that says which differ at all (most do
 * not). The lock-order graph at the end, which few states do not share with many others, is
 * written as the number of its entry in a table the caller keeps. Decoding puts the left-out words back from the initial state (dead
 * locals are zero), so {@code decode(encode(s))} equals {@code s} for every state the engine makes,
 * and two states are equal exactly when their encodings are.
 *
 * <p>Immutable and shared by every exploring thread.
 */
public final class StateCodec {
    private final StateLayout l;
    private final int threads;
    /** The initial state, with every local zero: what left-out words are. */
    private final int[] template;
    /** Per thread and pc: the local slots live there, in slot order (pcs with one live set share an array). */
    private final int[][][] liveSlots;
    /** The state words outside the threads that a step can change, in order. */
    private final int[] varying;

    public StateCodec(Program p) {
        this.l = p.layout;
        this.threads = p.threadCount();
        this.template = p.initial.clone();
        for (int t = 0; t < threads; t++) {
            java.util.Arrays.fill(template, l.locals(t), l.locals(t) + p.localsPerThread[t], 0);
        }
        this.liveSlots = new int[threads][][];
        for (int t = 0; t < threads; t++) {
            liveSlots[t] = liveSlots(p.deadSlots[t], p.localsPerThread[t]);
        }
        this.varying = varyingWords(p);
    }

    private static int[][] liveSlots(int[][] dead, int slots) {
        Map<int[], int[]> shared = new IdentityHashMap<>();
        int[][] live = new int[dead.length][];
        for (int pc = 0; pc < dead.length; pc++) {
            live[pc] = shared.computeIfAbsent(dead[pc], d -> {
                BitSet set = new BitSet();
                set.set(0, slots);
                for (int slot : d) {
                    set.clear(slot);
                }
                return set.stream().toArray();
            });
        }
        return live;
    }

    /**
     * The words outside the threads that some step may write: every lock word and var, and the block,
     * zone and node words that a write or a block-state change of the program names (by field, for
     * every block when the block number is computed).
     */
    private static int[] varyingWords(Program p) {
        StateLayout l = p.layout;
        BitSet words = new BitSet();
        words.set(l.lock(0), l.var(0) + p.scenario.vars().size());
        int blocks = p.blockDefined.length;
        int zones = p.zoneNames.length;
        for (Instr[] code : p.code) {
            for (Instr in : code) {
                if (in.op == Instr.Op.WRITE) {
                    markPlace(p, in.place, words, blocks, zones);
                } else if (in.op == Instr.Op.SET_BLOCK) {
                    for (int b : blocksOf(in.index, blocks)) {
                        if (in.blockState != null) {
                            words.set(l.blockState(b));
                        }
                        if (in.zone >= 0) {
                            words.set(l.blockZone(b));
                        }
                    }
                }
            }
        }
        return words.stream().toArray();
    }

    private static void markPlace(Program p, CPlace place, BitSet words, int blocks, int zones) {
        StateLayout l = p.layout;
        switch (place.kind) {
            case VAR, ZONE_PRESENT, ZONE_SPANNED, NODE_PRESENT, TOTALRAM -> words.set(place.fixedOffset);
            case ZONE_OF_PRESENT -> {
                for (int z = 0; z < zones; z++) {
                    words.set(l.zonePresent(z));
                }
            }
            case ZONE_OF_SPANNED -> {
                for (int z = 0; z < zones; z++) {
                    words.set(l.zoneSpanned(z));
                }
            }
            default -> {
                for (int b : blocksOf(place.block, blocks)) {
                    words.set(switch (place.kind) {
                        case BLOCK_STATE -> l.blockState(b);
                        case BLOCK_ONLINE_TYPE -> l.blockOnlineType(b);
                        case BLOCK_SYSFS -> l.blockSysfs(b);
                        case BLOCK_DEV_OFFLINE -> l.blockDevOffline(b);
                        case BLOCK_NID -> l.blockNid(b);
                        default -> throw new IllegalStateException(place.kind.toString());
                    });
                }
            }
        }
    }

    /** The block numbers an index may name: the one a constant names, or all of them. */
    private static int[] blocksOf(CExpr index, int blocks) {
        if (index instanceof CExpr.Const c && c.value >= 0 && c.value < blocks) {
            return new int[] {(int) c.value};
        }
        return java.util.stream.IntStream.range(0, blocks).toArray();
    }

    /** The most bytes {@link #encode} writes for a state of {@code words} words. */
    public static int maxBytes(int words) {
        return 5 * words + words / 8 + 10;
    }

    /**
     * Writes {@code s} into {@code out} from {@code at} (which has room for {@link #maxBytes}); returns
     * the position after it. The lock-order graph is not written: {@code graphId} stands for it
     * (see {@link #graphOf}), since a few graphs are shared by very many states.
     */
    public int encode(int[] s, byte[] out, int at, int graphId) {
        for (int t = 0; t < threads; t++) {
            int word = s[l.threadWord(t)];
            int pc = word & StateLayout.PC_MASK;
            // pc and status as one small number: the status sits in the high byte of the word
            at = writeVarint(out, at, (pc << 2) | (word >>> StateLayout.STATUS_SHIFT));
            at = writeVarint(out, at, s[l.threadWait(t)] + 1);
            int locals = l.locals(t);
            for (int slot : liveSlots[t][pc]) {
                at = writeSigned(out, at, s[locals + slot]);
            }
        }
        // Most of these words are still at their initial value: a byte of flags per eight words says
        // which are not, and only those follow.
        for (int group = 0; group < varying.length; group += 8) {
            int flagsAt = at++;
            int flags = 0;
            for (int k = 0; k < 8 && group + k < varying.length; k++) {
                int w = varying[group + k];
                int diff = s[w] - template[w];
                if (diff != 0) {
                    flags |= 1 << k;
                    at = writeSigned(out, at, diff);
                }
            }
            out[flagsAt] = (byte) flags;
        }
        return writeVarint(out, at, graphId);
    }

    /** The lock-order graph part of a state: its edge count and edges (what {@code graphId} stands for). */
    public int[] graphOf(int[] s) {
        return java.util.Arrays.copyOfRange(s, l.edgeCount(), s.length);
    }

    /** The state encoded in {@code in} from {@code at} to {@code end}, its graph looked up in {@code graphs}. */
    public int[] decode(byte[] in, int at, int end, java.util.function.IntFunction<int[]> graphs) {
        int[] pos = {at};
        int[] fixed = template.clone();
        for (int t = 0; t < threads; t++) {
            int pcStatus = readVarint(in, pos);
            int pc = pcStatus >>> 2;
            fixed[l.threadWord(t)] = pc | ((pcStatus & 3) << StateLayout.STATUS_SHIFT);
            fixed[l.threadWait(t)] = readVarint(in, pos) - 1;
            int locals = l.locals(t);
            for (int slot : liveSlots[t][pc]) {
                fixed[locals + slot] = readSigned(in, pos);
            }
        }
        for (int group = 0; group < varying.length; group += 8) {
            int flags = in[pos[0]++];
            for (int k = 0; k < 8 && group + k < varying.length; k++) {
                if ((flags & (1 << k)) != 0) {
                    int w = varying[group + k];
                    fixed[w] = template[w] + readSigned(in, pos);
                }
            }
        }
        int[] graph = graphs.apply(readVarint(in, pos));
        if (pos[0] != end) {
            throw new IllegalStateException("a stored state did not decode to its length");
        }
        int[] s = graph.length == 1 ? fixed : java.util.Arrays.copyOf(fixed, l.edgeCount() + graph.length);
        System.arraycopy(graph, 0, s, l.edgeCount(), graph.length);
        return s;
    }

    /** Writes a stored state's length header (a varint); returns the position after it. */
    public static int writeLength(byte[] b, int at, int length) {
        return writeVarint(b, at, length);
    }

    /** Reads a length header written by {@link #writeLength} at {@code pos[0]}, moving {@code pos[0]} past it. */
    public static int readLength(byte[] b, int[] pos) {
        return readVarint(b, pos);
    }

    private static int writeSigned(byte[] b, int at, int v) {
        return writeVarint(b, at, (v << 1) ^ (v >> 31));
    }

    /** An unsigned LEB128 varint; the baseline explorer's store writes its words with it too. */
    public static int writeVarint(byte[] b, int at, int v) {
        while ((v & ~0x7f) != 0) {
            b[at++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        b[at++] = (byte) v;
        return at;
    }

    private static int readSigned(byte[] b, int[] pos) {
        int z = readVarint(b, pos);
        return (z >>> 1) ^ -(z & 1);
    }

    /** Reads a varint at {@code pos[0]}, moving {@code pos[0]} past it. */
    public static int readVarint(byte[] b, int[] pos) {
        int at = pos[0];
        int x = b[at++];
        if (x >= 0) {
            pos[0] = at;
            return x; // most words are small: one byte, no loop
        }
        int v = x & 0x7f;
        int shift = 7;
        while (true) {
            x = b[at++];
            v |= (x & 0x7f) << shift;
            if (x >= 0) {
                break;
            }
            shift += 7;
        }
        pos[0] = at;
        return v;
    }
}
