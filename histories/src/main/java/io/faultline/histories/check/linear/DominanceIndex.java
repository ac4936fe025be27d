package io.faultline.histories.check.linear;

import java.util.Arrays;

/**
 * The finished entries of a {@link StateCache}, chained by group (same known calls, same state), so that a new
 * configuration can be checked against every refuted one that differs from it only in crashed calls.
 * A hash table of group heads; each entry links to the next finished entry of its group.
 */
final class DominanceIndex {
    private final StateCache cache;
    private int[] heads = new int[256];
    private long[] headHashes = new long[256];
    private int[] nextInGroup = new int[256];
    private int groups;

    DominanceIndex(StateCache cache) {
        this.cache = cache;
    }

    /** Whether a finished entry of this group has a subset of these crashed calls. */
    boolean dominated(long group, long[] knownWords, Object state, Bitset crashedBits) {
        if (groups == 0) {
            return false;
        }
        int mask = heads.length - 1;
        for (int slot = StateCache.indexOf(group, heads.length); heads[slot] != 0; slot = (slot + 1) & mask) {
            int head = heads[slot] - 1;
            if (headHashes[slot] == group && cache.sameGroup(head, knownWords, state)) {
                for (int id = head; id >= 0; id = nextInGroup[id] - 1) {
                    if (cache.crashedSubsetOf(id, crashedBits.words())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Links a newly finished entry at the head of its group. */
    void add(int id, long group) {
        if (id >= nextInGroup.length) {
            nextInGroup = Arrays.copyOf(nextInGroup, Math.max(id + 1, nextInGroup.length * 2));
        }
        int mask = heads.length - 1;
        int slot = StateCache.indexOf(group, heads.length);
        while (heads[slot] != 0 && !(headHashes[slot] == group && sameGroupAs(heads[slot] - 1, id))) {
            slot = (slot + 1) & mask;
        }
        nextInGroup[id] = heads[slot];
        if (heads[slot] == 0) {
            headHashes[slot] = group;
            groups++;
        }
        heads[slot] = id + 1;
        if (groups * 2 > heads.length) {
            rehash();
        }
    }

    private boolean sameGroupAs(int head, int id) {
        return cache.sameGroupOf(head, id);
    }

    private void rehash() {
        int[] oldHeads = heads;
        long[] oldHashes = headHashes;
        heads = new int[oldHeads.length * 2];
        headHashes = new long[heads.length];
        int mask = heads.length - 1;
        for (int i = 0; i < oldHeads.length; i++) {
            if (oldHeads[i] != 0) {
                int slot = StateCache.indexOf(oldHashes[i], heads.length);
                while (heads[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                heads[slot] = oldHeads[i];
                headHashes[slot] = oldHashes[i];
            }
        }
    }
}
