package io.faultline.kv.quorum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A consistent-hashing ring of the cluster's nodes (Dynamo §4.2): node ids and keys are hashed
 * with MD5 onto one circle; a key's preference list is the first N distinct nodes met walking
 * clockwise from the key's position (§4.3). One position per node (no virtual nodes), so every node
 * computes the same list from the same membership.
 */
public final class HashRing {

    private final List<String> nodesInRingOrder;
    private final List<Long> positions;

    public HashRing(List<String> nodes) {
        List<String> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparing(HashRing::position, Long::compareUnsigned)
                .thenComparing(Comparator.naturalOrder()));
        this.nodesInRingOrder = List.copyOf(sorted);
        this.positions = sorted.stream().map(HashRing::position).toList();
    }

    /** The first {@code n} nodes clockwise from the key (all nodes when the ring is smaller). */
    public List<String> preferenceList(Object key, int n) {
        return walkFrom(key, Math.min(n, nodesInRingOrder.size()));
    }

    /** Every node in clockwise order from the key: the preference list, then the fallbacks (§4.6). */
    public List<String> walkFrom(Object key) {
        return walkFrom(key, nodesInRingOrder.size());
    }

    private List<String> walkFrom(Object key, int count) {
        int start = firstAtOrAfter(position(String.valueOf(key)));
        List<String> walk = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            walk.add(nodesInRingOrder.get((start + i) % nodesInRingOrder.size()));
        }
        return walk;
    }

    private int firstAtOrAfter(long keyPosition) {
        for (int i = 0; i < positions.size(); i++) {
            if (Long.compareUnsigned(positions.get(i), keyPosition) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** The ring position of a string: the first 8 bytes of its MD5 digest, as an unsigned number. */
    static long position(String name) {
        byte[] digest = md5().digest(name.getBytes(StandardCharsets.UTF_8));
        long position = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            position = (position << 8) | (digest[i] & 0xFF);
        }
        return position;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships MD5", e);
        }
    }
}
