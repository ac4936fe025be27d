package io.faultline.histories.check.linear;

import java.util.Arrays;

/**
 * Lowe's memoization (§4 of "Testing for linearizability"): the configurations already explored, each being
 * (calls with a known return linearized, crashed calls linearized, model state). Reaching one again cannot
 * succeed where the first visit failed, so the search skips it.
 *
 * <p>Crashed calls get a stronger rule: a configuration is also skipped when a <em>finished</em> (refuted) one
 * has the same known calls and state and a subset of its crashed calls, because every continuation of the new
 * one is open to the old one too (the extra crashed calls may simply never take effect). Only finished entries
 * may dominate: an entry still on the search stack has not been refuted yet. Finished entries are chained by
 * (known calls, state) in {@link DominanceIndex}.
 *
 * <p>Open addressing over an int table pointing into append-only entry arrays, so that a probe allocates
 * nothing and an entry's id stays fixed for {@link #finish}; only an insertion copies the bitsets.
 */
final class StateCache {
    static final int PRESENT = -1;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long[] NO_WORDS = new long[0];
    /** Per entry beyond the bitsets: two array headers, six entry slots, table slots at load ≤ 1/2. */
    private static final long OVERHEAD_BYTES = 2 * 16 + 5 * 8 + 4 + 1 + 4 * 4;

    private final long bytesPerEntry;
    private final DominanceIndex dominance = new DominanceIndex(this);
    private int[] table = new int[512];
    private long[][] known = new long[256][];
    private long[][] crashed = new long[256][];
    private Object[] states = new Object[256];
    private long[] hashes = new long[256];
    private long[] groupHashes = new long[256];
    private boolean[] finished = new boolean[256];
    private int size;

    StateCache(int knownWords, int crashedWords) {
        bytesPerEntry = 8L * (knownWords + crashedWords) + OVERHEAD_BYTES;
    }

    /** Adds the configuration unless it is present or dominated; returns its entry id, or {@link #PRESENT}. */
    int add(Bitset knownBits, Bitset crashedBits, Object state) {
        long group = knownBits.hash() ^ (state.hashCode() * GOLDEN);
        long hash = group ^ crashedBits.hash();
        int mask = table.length - 1;
        int slot = indexOf(hash, table.length);
        for (int id = table[slot] - 1; id >= 0; id = table[slot] - 1) {
            if (hashes[id] == hash && sameGroup(id, knownBits.words(), state)
                    && Arrays.equals(crashed[id], crashedBits.words())) {
                return PRESENT;
            }
            slot = (slot + 1) & mask;
        }
        if (crashedBits.cardinality() > 0 && dominance.dominated(group, knownBits.words(), state, crashedBits)) {
            return PRESENT;
        }
        return insert(slot, hash, group, knownBits.words(), crashedBits.words(), state);
    }

    boolean sameGroup(int id, long[] knownWords, Object state) {
        return Arrays.equals(known[id], knownWords) && states[id].equals(state);
    }

    /** Whether two entries have the same known calls and state. */
    boolean sameGroupOf(int a, int b) {
        return sameGroup(a, known[b], states[b]);
    }

    /** Whether entry {@code id}'s crashed calls are a subset of {@code crashedWords}. */
    boolean crashedSubsetOf(int id, long[] crashedWords) {
        long[] mine = crashed[id];
        for (int w = 0; w < mine.length; w++) {
            if ((mine[w] & ~crashedWords[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    private int insert(int slot, long hash, long group, long[] knownWords, long[] crashedWords, Object state) {
        if (size == states.length) {
            growEntries();
        }
        int id = size++;
        hashes[id] = hash;
        groupHashes[id] = group;
        known[id] = knownWords.clone();
        crashed[id] = crashedWords.length == 0 ? NO_WORDS : crashedWords.clone();
        states[id] = state;
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        }
        return id;
    }

    /** The search refuted this configuration: from now on it dominates supersets of its crashed calls. */
    void finish(int id) {
        if (!finished[id]) {
            finished[id] = true;
            dominance.add(id, groupHashes[id]);
        }
    }

    static int indexOf(long hash, int capacity) {
        return (int) ((hash * GOLDEN) >>> (64 - Integer.numberOfTrailingZeros(capacity)));
    }

    private void growEntries() {
        int capacity = states.length * 2;
        known = Arrays.copyOf(known, capacity);
        crashed = Arrays.copyOf(crashed, capacity);
        states = Arrays.copyOf(states, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
        groupHashes = Arrays.copyOf(groupHashes, capacity);
        finished = Arrays.copyOf(finished, capacity);
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        int mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            int slot = indexOf(hashes[id], capacity);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
    }

    int size() {
        return size;
    }

    /** An estimate of the memory this cache holds, for the budget's ceiling. */
    long estimatedBytes() {
        return size * bytesPerEntry;
    }
}
