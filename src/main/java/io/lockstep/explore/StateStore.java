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
    private int[] hashes = new int[1 << 16];
    private int[] table = new int[1 << 17];
    private int size;
    private long words;

    int size() {
        return size;
    }

    /** Approximate bytes held by the store. */
    long bytes() {
        return (long) chunkCount * CHUNK * 4 + offsets.length * 8L + hashes.length * 4L + table.length * 4L;
    }

    long storedWords() {
        return words;
    }

    /** Adds {@code s} if it is new and returns its id; returns {@code -(id + 1)} of the equal state otherwise. */
    int intern(int[] s) {
        int h = hash(s);
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                int id = append(s, h);
                table[i] = id + 1;
                if (size * 2 > table.length) {
                    rehash();
                }
                return id;
            }
            int id = slot - 1;
            if (hashes[id] == h && equalsStored(id, s)) {
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

    private int append(int[] s, int h) {
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
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        offsets[size] = ((long) (chunkCount - 1) << CHUNK_BITS) | chunkFill;
        hashes[size] = h;
        chunkFill += s.length + 1;
        words += s.length + 1;
        return size++;
    }

    private void rehash() {
        int[] grown = new int[table.length * 2];
        int mask = grown.length - 1;
        for (int id = 0; id < size; id++) {
            int i = hashes[id] & mask;
            while (grown[i] != 0) {
                i = (i + 1) & mask;
            }
            grown[i] = id + 1;
        }
        table = grown;
    }

    private static int hash(int[] s) {
        int h = 0x9747b28c;
        for (int w : s) {
            h = (h ^ w) * 0x5bd1e995;
            h ^= h >>> 15;
        }
        return h ^ (h >>> 13);
    }
}
