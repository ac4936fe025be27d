package io.faultline.experiment.chord;

import io.faultline.chord.ChordId;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Keys per node (§6.2) straight from the identifiers: node and virtual node identifiers are the SHA-1 of their
 * names, key identifiers the SHA-1 of the key ({@link ChordId}), and a key belongs to the first identifier at or
 * after it, successor(k) of §4.2 — the assignment a converged ring's lookups return (chord-path-length checks
 * that they do). No messages are needed to count keys, so none are sent.
 *
 * <p>One trial is one network: node {@code i} is named {@code n<i>@<salt>} with a salt drawn from the seed (a
 * fresh set of addresses), virtual node {@code j} of it {@code n<i>@<salt>#<j>}, and keys are random 64-bit
 * integers, hashed as lin-kv keys are.
 */
final class KeyLoad {

    private final int nodes;
    private final String salt;
    private final Id[] keyIds;

    /**
     * An identifier with its top 64 bits as an unsigned long, compared first: one long comparison instead of a
     * BigInteger one nearly always, the full 160 bits when the tops are equal, so the order is exactly §4.1's.
     */
    private record Id(long top, BigInteger full) implements Comparable<Id> {
        static Id of(BigInteger id) {
            return new Id(id.shiftRight(ChordId.BITS - Long.SIZE).longValue(), id);
        }

        @Override
        public int compareTo(Id other) {
            int byTop = Long.compareUnsigned(top, other.top);
            return byTop != 0 ? byTop : full.compareTo(other.full);
        }
    }

    private KeyLoad(int nodes, String salt, Id[] keyIds) {
        this.nodes = nodes;
        this.salt = salt;
        this.keyIds = keyIds;
    }

    /** Draws one trial's network address salt and {@code keys} keys from {@code random}, and hashes the keys. */
    static KeyLoad trial(int nodes, int keys, SplittableRandom random) {
        String salt = Long.toHexString(random.nextLong());
        Id[] keyIds = new Id[keys];
        for (int k = 0; k < keys; k++) {
            keyIds[k] = Id.of(ChordId.ofKey(random.nextLong()));
        }
        return new KeyLoad(nodes, salt, keyIds);
    }

    /**
     * For each key in drawing order, the real node (0 … nodes − 1) that stores it when every real node runs
     * {@code virtualNodes} virtual nodes.
     */
    int[] owners(int virtualNodes) {
        record Member(Id id, int realNode) { }
        Member[] ring = new Member[nodes * virtualNodes];
        for (int v = 0; v < ring.length; v++) {
            int node = v / virtualNodes;
            String name = "n" + (node + 1) + "@" + salt + (virtualNodes == 1 ? "" : "#" + (v % virtualNodes));
            ring[v] = new Member(Id.of(ChordId.of(name)), node);
        }
        Arrays.sort(ring, (a, b) -> a.id().compareTo(b.id()));
        Id[] sortedIds = Arrays.stream(ring).map(Member::id).toArray(Id[]::new);
        int[] owners = new int[keyIds.length];
        for (int k = 0; k < keyIds.length; k++) {
            int found = Arrays.binarySearch(sortedIds, keyIds[k]);
            int index = found >= 0 ? found : -found - 1;
            owners[k] = ring[index == ring.length ? 0 : index].realNode();
        }
        return owners;
    }

    /** How many of the first {@code keys} keys each real node stores, given {@link #owners}. */
    long[] countFirst(int[] owners, int keys) {
        long[] counts = new long[nodes];
        for (int k = 0; k < keys; k++) {
            counts[owners[k]]++;
        }
        return counts;
    }
}
