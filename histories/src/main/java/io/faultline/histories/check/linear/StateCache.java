package io.faultline.histories.check.linear;

import java.util.Arrays;

/**
 * Lowe's memoization (§4 of "Testing for linearizability"): the set of configurations (linearized calls,
 * model state) already explored. Reaching one again cannot succeed where the first visit failed, so the search
 * skips it. Open addressing over parallel arrays, so that a probe allocates nothing; only an insertion copies
 * the bitset. The bitset's hash is maintained incrementally by the caller (see {@link Bitset}).
 */
final class StateCache {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** Bytes per entry beyond the bitset's words: array header, three table slots at load ≤ 1/2, a state. */
    private static final long OVERHEAD_BYTES = 16 + 2 * (8 + 8 + 8) + 24;

    private final int words;
    private long[] hashes;
    private long[][] bitsets;
    private Object[] states;
    private int size;
    private int shift;

    StateCache(int words) {
        this.words = words;
        allocate(256);
    }

    private void allocate(int capacity) {
        hashes = new long[capacity];
        bitsets = new long[capacity][];
        states = new Object[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    /** Adds the configuration unless present; returns whether it was new. */
    boolean add(long[] bits, long bitsHash, Object state) {
        long hash = bitsHash ^ (state.hashCode() * GOLDEN);
        int mask = hashes.length - 1;
        int slot = indexOf(hash);
        while (bitsets[slot] != null) {
            if (hashes[slot] == hash && Arrays.equals(bitsets[slot], bits) && states[slot].equals(state)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        bitsets[slot] = bits.clone();
        states[slot] = state;
        if (++size * 2 > hashes.length) {
            grow();
        }
        return true;
    }

    private int indexOf(long hash) {
        return (int) ((hash * GOLDEN) >>> shift);
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[][] oldBitsets = bitsets;
        Object[] oldStates = states;
        allocate(oldHashes.length * 2);
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldBitsets[i] != null) {
                int slot = indexOf(oldHashes[i]);
                while (bitsets[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                bitsets[slot] = oldBitsets[i];
                states[slot] = oldStates[i];
            }
        }
    }

    int size() {
        return size;
    }

    /** An estimate of the memory this cache holds, for the budget's ceiling. */
    long estimatedBytes() {
        return size * (8L * words + OVERHEAD_BYTES);
    }
}
