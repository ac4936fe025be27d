package io.faultline.workloads.lookup;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;

/**
 * The ring as it should be (Chord §4.2, consistent hashing): the live nodes ordered by the SHA-1 of their names,
 * each key owned by the first node whose identifier is at or after the key's (the SHA-1 of the key's text),
 * wrapping round. Written from the paper, independently of any implementation, so that it can judge one.
 */
final class RingOracle {

    private final List<String> ring;

    /** @param live the live members, in any order; at least one */
    RingOracle(List<String> live) {
        if (live.isEmpty()) {
            throw new IllegalArgumentException("a ring needs at least one node");
        }
        this.ring = live.stream().sorted(Comparator.comparing(RingOracle::sha1)).toList();
    }

    static BigInteger sha1(String text) {
        try {
            return new BigInteger(1, MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    /** The members in identifier order. */
    List<String> ring() {
        return ring;
    }

    /** successor(key): the node that owns {@code key}. */
    String owner(Object key) {
        BigInteger id = sha1(String.valueOf(key));
        return ring.stream().filter(n -> sha1(n).compareTo(id) >= 0).findFirst().orElse(ring.get(0));
    }

    /** The node that follows {@code node} on the ring. */
    String successorOf(String node) {
        return ring.get((ring.indexOf(node) + 1) % ring.size());
    }
}
