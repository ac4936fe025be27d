package io.faultline.histories.check.linear;

import java.util.SplittableRandom;

/**
 * The set of linearized calls as {@code long} words, with a Zobrist hash (a random key per call, XORed in and
 * out), so that flipping a bit updates the hash in O(1) instead of rehashing every word at each cache probe.
 */
final class Bitset {
    private final long[] words;
    private final long[] keys;
    private long hash;
    private int cardinality;

    Bitset(int size, long seed) {
        words = new long[(size + 63) >>> 6];
        keys = new long[size];
        // a fixed seed: runs are reproducible, and the keys only need to be independent of the history
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            keys[i] = random.nextLong();
        }
    }

    void flip(int i) {
        long bit = 1L << i;
        words[i >>> 6] ^= bit;
        cardinality += (words[i >>> 6] & bit) != 0 ? 1 : -1;
        hash ^= keys[i];
    }

    /** How many bits are set. */
    int cardinality() {
        return cardinality;
    }

    long hash() {
        return hash;
    }

    /** The live words: callers may read them or copy them, never keep them. */
    long[] words() {
        return words;
    }

    int wordCount() {
        return words.length;
    }
}
