package io.lockstep.explore;

import io.lockstep.engine.StateCodec;
import java.util.Arrays;

/**
 * Every state the explorer has seen, stored once. A state's words are mostly small numbers (pcs,
 * lock holders, block states, page counts), so each is stored as a zigzag varint: about a third of
 * the memory of plain ints, which also means fewer cache misses when a new state is compared with
 * a stored one. States are packed end to end in byte chunks and found again through an
 * open-addressing table whose slots hold the hash next to the id. The encoding is canonical, so two
 * states are equal exactly when their bytes are.
 *
 * <p>Each stored state starts with its byte length as a varint, which a comparison checks first:
 * two states whose hashes collide can differ in length, and comparing the longer one's bytes
 * against a shorter state at the end of a chunk would read past the chunk.
 */
final class StateStore {
    private static final int CHUNK_BITS = 20;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /** Room before the encoded words in scratch for the length header (3 varint bytes cover a chunk). */
    private static final int HEADER = 3;
    /** The widest state that fits a chunk even when every word takes five bytes. */
    static final int MAX_WORDS = (CHUNK - HEADER - 5) / 5;
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private byte[][] chunks = new byte[4][];
    private int chunkCount;
    private int chunkFill = CHUNK;
    private long[] offsets = new long[1 << 16];
    /** Each slot: the state's hash in the high half, its id + 1 in the low half (0 = empty). */
    private long[] table = new long[1 << 17];
    private int size;
    private byte[] scratch = new byte[256];
    /** Where the encoded state (header included) starts in scratch. */
    private int scratchStart;

    int size() {
        return size;
    }

    /** Approximate bytes held by the store. */
    long bytes() {
        return (long) chunkCount * CHUNK + offsets.length * 8L + table.length * 8L;
    }

    /**
     * Adds {@code s} if it is new and returns its id; returns {@code -(id + 1)} of the equal state
     * otherwise. {@code s} has at most {@link #MAX_WORDS} words.
     */
    int intern(int[] s) {
        if (s.length > MAX_WORDS) {
            throw new IllegalArgumentException("a state of " + s.length + " words does not fit the store");
        }
        int length = encode(s);
        int h = hash(scratch, scratchStart, length);
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == 0) {
                int id = append(length);
                table[i] = ((long) h << 32) | (id + 1);
                if (size * 2 > table.length) {
                    rehash();
                }
                return id;
            }
            int id = (int) slot - 1;
            if ((int) (slot >>> 32) == h && equalsStored(id, length)) {
                return -(id + 1);
            }
        }
    }

    int[] get(int id) {
        long off = offsets[id];
        byte[] chunk = chunks[(int) (off >>> CHUNK_BITS)];
        int at = (int) (off & (CHUNK - 1));
        int[] pos = {at};
        StateCodec.readVarint(chunk, pos); // the length header
        int words = StateCodec.readVarint(chunk, pos);
        int[] s = new int[words];
        int p = pos[0];
        for (int i = 0; i < words; i++) {
            int z = chunk[p];
            if (z >= 0) {
                p++; // most words are small: one byte, no loop
            } else {
                pos[0] = p;
                z = StateCodec.readVarint(chunk, pos);
                p = pos[0];
            }
            s[i] = (z >>> 1) ^ -(z & 1);
        }
        return s;
    }

    /**
     * Writes [varint byte length][varint word count][varint words...] of {@code s} into scratch from
     * {@link #scratchStart}; returns the byte length, header included.
     */
    private int encode(int[] s) {
        int need = HEADER + 5 * s.length + 5;
        if (scratch.length < need) {
            scratch = new byte[need * 2];
        }
        int at = HEADER;
        at = StateCodec.writeVarint(scratch, at, s.length);
        byte[] b = scratch;
        for (int w : s) {
            int z = (w << 1) ^ (w >> 31);
            if ((z & ~0x7f) == 0) {
                b[at++] = (byte) z;
            } else {
                at = StateCodec.writeVarint(b, at, z);
            }
        }
        int body = at - HEADER;
        int header = body < 1 << 7 ? 1 : body < 1 << 14 ? 2 : 3;
        scratchStart = HEADER - header;
        StateCodec.writeVarint(scratch, scratchStart, body);
        return header + body;
    }

    private boolean equalsStored(int id, int length) {
        long off = offsets[id];
        byte[] chunk = chunks[(int) (off >>> CHUNK_BITS)];
        int at = (int) (off & (CHUNK - 1));
        int[] pos = {at};
        int storedBody = StateCodec.readVarint(chunk, pos);
        if (pos[0] - at + storedBody != length) {
            return false;
        }
        return Arrays.equals(chunk, at, at + length, scratch, scratchStart, scratchStart + length);
    }

    private int append(int length) {
        if (length > CHUNK) {
            throw new IllegalStateException("a state of " + length + " bytes does not fit a chunk");
        }
        if (chunkFill + length > CHUNK) {
            if (chunkCount == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunkCount * 2);
            }
            chunks[chunkCount++] = new byte[CHUNK];
            chunkFill = 0;
        }
        System.arraycopy(scratch, scratchStart, chunks[chunkCount - 1], chunkFill, length);
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        offsets[size] = ((long) (chunkCount - 1) << CHUNK_BITS) | chunkFill;
        chunkFill += length;
        return size++;
    }

    private void rehash() {
        table = CompactStore.grown(table, 32);
    }

    /** FNV-style over the bytes, eight at a time, with a final mix that spreads the bits. */
    static int hash(byte[] b, int from, int length) {
        long h = 0x9E3779B97F4A7C15L;
        int i = from;
        int end = from + length;
        for (; i + 7 < end; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0x100000001B3L;
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
