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

    Bitset(int size) {
        words = new long[(size + 63) >>> 6];
        keys = new long[size];
        // a fixed seed: runs are reproducible, and the keys only need to be independent of the history
        SplittableRandom random = new SplittableRandom(0x5EED_F00DL);
        for (int i = 0; i < size; i++) {
            keys[i] = random.nextLong();
        }
    }

    void flip(int i) {
        words[i >>> 6] ^= 1L << i;
        hash ^= keys[i];
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
