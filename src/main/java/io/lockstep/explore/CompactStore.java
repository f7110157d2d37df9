package io.lockstep.explore;

import java.util.Arrays;

/**
 * The visited set of the search: every state seen, in the order first seen (which is its id),
 * each as its {@link io.lockstep.engine.StateCodec} bytes behind a varint length. States are packed
 * end to end in chunks of about 1 MiB, found again through an open-addressing table whose slots hold part
 * of the hash beside the state's byte position, and reached by id through a checkpoint every
 * {@value #STRIDE} states (the search reads them in id order, so it skips at most that many
 * length headers). The table is the only per-state overhead besides the bytes: about 12 to 24
 * bytes at its load of at most 3/4.
 *
 * <p>One thread adds; any number read states already published by {@link #size()}: chunk and
 * checkpoint arrays are fixed-size tables of segments that never move, and {@code size} is volatile.
 */
final class CompactStore {
    private static final int CHUNK_BITS = 20;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /**
     * The bytes a chunk holds: a little less than 1 MiB, so that with the 1 MiB regions G1 uses on a
     * small heap a chunk and its array header fill one region rather than spilling into a second.
     */
    private static final int CAPACITY = CHUNK - 64;
    /** The longest encoding a chunk takes, after its length header. */
    static final int MAX_BYTES = CAPACITY - 3;
    private static final int MAX_CHUNKS = 1 << 14; // 16 GiB: more than a search's heap
    private static final int STRIDE_BITS = 5;
    static final int STRIDE = 1 << STRIDE_BITS;
    private static final int SEGMENT_BITS = 16;
    /** A slot: 30 bits of the hash, then 34 bits of byte position (chunks of 2^20 bytes, 2^14 of them). */
    private static final int POSITION_BITS = 34;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private final byte[][] chunks = new byte[MAX_CHUNKS][];
    private int chunkCount;
    private int chunkFill = CAPACITY;
    /** Byte position of every STRIDE-th state, in segments of 2^SEGMENT_BITS. */
    private final long[][] checkpoints = new long[1 << 16][];
    /**
     * Each slot: 30 bits of the hash, then the state's byte position + 1 (0 = empty). A state's home
     * slot is those hash bits modulo the table size, so growing the table needs no hash computed
     * again; the bits above the index still tell most neighbours apart without comparing bytes.
     */
    private long[] table = new long[1 << 12];
    private int used;
    private volatile int size;

    int size() {
        return size;
    }

    /** Bytes held: the chunks in use, the checkpoints and the table. */
    long bytes() {
        long checkpointBytes = ((long) size / STRIDE + 1) * 8;
        return (long) chunkCount * CHUNK + checkpointBytes + table.length * 8L;
    }

    /**
     * Adds the encoded state {@code b[from, to)} (with {@code hash} from {@link #hash}) unless an
     * equal one is stored; returns the new state's id, or -1 when it was there already.
     */
    int addIfNew(byte[] b, int from, int to, int hash) {
        int length = to - from;
        long bits = (hash * 0x9E3779B1) >>> 2; // 30 bits, spread
        long tag = bits << POSITION_BITS;
        int mask = table.length - 1;
        for (int i = (int) bits & mask; ; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == 0) {
                long position = append(b, from, length);
                table[i] = tag | (position + 1);
                if (++used * 4L > table.length * 3L) {
                    rehash();
                }
                int id = size;
                if ((id & (STRIDE - 1)) == 0) {
                    checkpoint(id, position);
                }
                size = id + 1; // publishes the bytes and the checkpoint to readers
                return id;
            }
            if ((slot & ~POSITION_MASK) == tag && equalsStored((slot & POSITION_MASK) - 1, b, from, length)) {
                return -1;
            }
        }
    }

    /** Where state {@code id}'s bytes are: {@code out[0]} its chunk, {@code out[1]} start, {@code out[2]} end. */
    void locate(int id, int[] out) {
        long position = checkpoints[(id >>> STRIDE_BITS) >>> SEGMENT_BITS][(id >>> STRIDE_BITS) & ((1 << SEGMENT_BITS) - 1)];
        byte[] chunk = chunks[(int) (position >>> CHUNK_BITS)];
        int at = (int) (position & (CHUNK - 1));
        int[] pos = {at};
        for (int skip = id & (STRIDE - 1); ; skip--) {
            int length = io.lockstep.engine.StateCodec.readLength(chunk, pos);
            if (skip == 0) {
                out[0] = (int) (position >>> CHUNK_BITS);
                out[1] = pos[0];
                out[2] = pos[0] + length;
                return;
            }
            pos[0] += length;
            // the rest of a chunk a state did not fit is zero, which no length header is
            if (pos[0] >= CAPACITY || chunk[pos[0]] == 0) {
                position = (position & ~(long) (CHUNK - 1)) + CHUNK;
                chunk = chunks[(int) (position >>> CHUNK_BITS)];
                pos[0] = 0;
            }
        }
    }

    byte[] chunk(int index) {
        return chunks[index];
    }

    private void checkpoint(int id, long position) {
        int k = id >>> STRIDE_BITS;
        long[] segment = checkpoints[k >>> SEGMENT_BITS];
        if (segment == null) {
            segment = new long[1 << SEGMENT_BITS];
            checkpoints[k >>> SEGMENT_BITS] = segment;
        }
        segment[k & ((1 << SEGMENT_BITS) - 1)] = position;
    }

    /**
     * Appends a length header and the bytes; a state never straddles two chunks. The rest of a chunk
     * that a state does not fit is left zero, which no length header is (every state has a thread).
     */
    private long append(byte[] b, int from, int length) {
        int header = length < 1 << 7 ? 1 : length < 1 << 14 ? 2 : 3;
        if (chunkFill + header + length > CAPACITY) {
            if (chunkCount == MAX_CHUNKS) {
                throw new IllegalStateException("the state store is full");
            }
            chunks[chunkCount++] = new byte[CAPACITY];
            chunkFill = 0;
        }
        byte[] chunk = chunks[chunkCount - 1];
        long position = ((long) (chunkCount - 1) << CHUNK_BITS) | chunkFill;
        int at = io.lockstep.engine.StateCodec.writeLength(chunk, chunkFill, length);
        System.arraycopy(b, from, chunk, at, length);
        chunkFill = at + length;
        return position;
    }

    private boolean equalsStored(long position, byte[] b, int from, int length) {
        byte[] chunk = chunks[(int) (position >>> CHUNK_BITS)];
        int[] pos = {(int) (position & (CHUNK - 1))};
        int storedLength = io.lockstep.engine.StateCodec.readLength(chunk, pos);
        return storedLength == length && Arrays.equals(chunk, pos[0], pos[0] + length, b, from, from + length);
    }

    private void rehash() {
        if (table.length >= 1 << 30) {
            throw new IllegalStateException("the state store's table is full");
        }
        table = grown(table, POSITION_BITS);
    }

    /**
     * An open-addressing table of twice the size with every slot moved in; a slot's hash bits sit
     * above {@code hashShift}. The baseline's {@link StateStore} grows its table the same way.
     */
    static long[] grown(long[] table, int hashShift) {
        long[] grown = new long[table.length * 2];
        int mask = grown.length - 1;
        for (long slot : table) {
            if (slot != 0) {
                int i = (int) (slot >>> hashShift) & mask;
                while (grown[i] != 0) {
                    i = (i + 1) & mask;
                }
                grown[i] = slot;
            }
        }
        return grown;
    }

    /**
     * FNV-style over the bytes, four at a time, with a final mix that spreads the bits. Plain array
     * reads rather than a byte-array view VarHandle: the handle's first use spins up method-handle
     * classes, a noticeable part of a cold check.
     */
    static int hash(byte[] b, int from, int length) {
        long h = 0x9E3779B97F4A7C15L;
        int i = from;
        int end = from + length;
        for (; i + 3 < end; i += 4) {
            int word = (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | b[i + 3] << 24;
            h = (h ^ word) * 0x100000001B3L;
            h ^= h >>> 29;
        }
        for (; i < end; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }
}
