package io.lockstep.explore;

import java.util.Arrays;

/**
 * Every state the explorer has seen, stored once: states are packed end to end in large int
 * chunks (each prefixed by its length) and found again through an open-addressing table of ids.
 * No per-state object, so millions of states cost little more than their words.
 */
final class StateStore {
    private static final int CHUNK_BITS = 18;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private int[][] chunks = new int[4][];
    private int chunkCount;
    private int chunkFill = CHUNK;
    private long[] offsets = new long[1 << 16];
    /** Open addressing: each slot holds the state's hash in the high half and its id + 1 in the low half. */
    private long[] table = new long[1 << 17];
    private int size;
    private long words;

    int size() {
        return size;
    }

    /** Approximate bytes held by the store. */
    long bytes() {
        return (long) chunkCount * CHUNK * 4 + offsets.length * 8L + table.length * 8L;
    }

    long storedWords() {
        return words;
    }

    /** Adds {@code s} if it is new and returns its id; returns {@code -(id + 1)} of the equal state otherwise. */
    int intern(int[] s) {
        int h = hash(s);
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == 0) {
                int id = append(s);
                table[i] = ((long) h << 32) | (id + 1);
                if (size * 2 > table.length) {
                    rehash();
                }
                return id;
            }
            int id = (int) slot - 1;
            if ((int) (slot >>> 32) == h && equalsStored(id, s)) {
                return -(id + 1);
            }
        }
    }

    int[] get(int id) {
        long off = offsets[id];
        int[] chunk = chunks[(int) (off >>> CHUNK_BITS)];
        int at = (int) (off & (CHUNK - 1));
        return Arrays.copyOfRange(chunk, at + 1, at + 1 + chunk[at]);
    }

    private boolean equalsStored(int id, int[] s) {
        long off = offsets[id];
        int[] chunk = chunks[(int) (off >>> CHUNK_BITS)];
        int at = (int) (off & (CHUNK - 1));
        return chunk[at] == s.length && Arrays.equals(chunk, at + 1, at + 1 + s.length, s, 0, s.length);
    }

    private int append(int[] s) {
        if (chunkFill + s.length + 1 > CHUNK) {
            if (chunkCount == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunkCount * 2);
            }
            chunks[chunkCount++] = new int[CHUNK];
            chunkFill = 0;
        }
        int[] chunk = chunks[chunkCount - 1];
        chunk[chunkFill] = s.length;
        System.arraycopy(s, 0, chunk, chunkFill + 1, s.length);
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        offsets[size] = ((long) (chunkCount - 1) << CHUNK_BITS) | chunkFill;
        chunkFill += s.length + 1;
        words += s.length + 1;
        return size++;
    }

    private void rehash() {
        long[] grown = new long[table.length * 2];
        int mask = grown.length - 1;
        for (long slot : table) {
            if (slot != 0) {
                int i = (int) (slot >>> 32) & mask;
                while (grown[i] != 0) {
                    i = (i + 1) & mask;
                }
                grown[i] = slot;
            }
        }
        table = grown;
    }

    /** Two independent lanes halve the multiply latency chain; a final mix spreads the bits. */
    static int hash(int[] s) {
        long a = 0x9E3779B97F4A7C15L;
        long b = 0xC2B2AE3D27D4EB4FL;
        int i = 0;
        for (; i + 1 < s.length; i += 2) {
            a = (a + s[i]) * 0x100000001B3L;
            b = (b + s[i + 1]) * 0x9E3779B97F4A7C15L;
        }
        if (i < s.length) {
            a = (a + s[i]) * 0x100000001B3L;
        }
        long h = a ^ Long.rotateLeft(b, 31) ^ s.length;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }
}
