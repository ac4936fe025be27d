package io.faultline.chord;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Chord's identifier circle (§4.1): m = 160-bit SHA-1 identifiers, arithmetic modulo 2^160, and the interval
 * tests the pseudocode of Fig. 5 is written with. A node's identifier is the SHA-1 of its name, a key's the
 * SHA-1 of its text ({@code String.valueOf(key)}).
 */
public final class ChordId {

    /** m, the number of identifier bits. */
    public static final int BITS = 160;
    /** 2^m, the size of the circle. */
    public static final BigInteger RING = BigInteger.ONE.shiftLeft(BITS);

    private ChordId() {
    }

    /** SHA-1 of {@code text}, as a non-negative 160-bit number. */
    public static BigInteger of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    /** The identifier of a lin-kv key. */
    public static BigInteger ofKey(Object key) {
        return of(String.valueOf(key));
    }

    /** {@code (n + 2^i) mod 2^m}: the start of finger i (0-based: finger 0 is the successor). */
    public static BigInteger fingerStart(BigInteger n, int i) {
        return wrap(n.add(BigInteger.ONE.shiftLeft(i)));
    }

    /** Clockwise distance from {@code from} to {@code to}, in [0, 2^m). */
    public static BigInteger distance(BigInteger from, BigInteger to) {
        return wrap(to.subtract(from));
    }

    /**
     * {@code x mod 2^m} for x in (−2^m, 2^m·2): one addition or subtraction instead of a division, since routing
     * computes a distance per finger per hop (a 10,000-node experiment spends most of its time here otherwise).
     */
    private static BigInteger wrap(BigInteger x) {
        if (x.signum() < 0) {
            return x.add(RING);
        }
        return x.compareTo(RING) >= 0 ? x.subtract(RING) : x;
    }

    /** {@code x ∈ (a, b)} on the circle; when a = b the interval is the whole circle but a. */
    public static boolean inOpen(BigInteger x, BigInteger a, BigInteger b) {
        if (a.equals(b)) {
            return !x.equals(a);
        }
        BigInteger dx = distance(a, x);
        return dx.signum() > 0 && dx.compareTo(distance(a, b)) < 0;
    }

    /** {@code x ∈ (a, b]} on the circle; when a = b the interval is the whole circle. */
    public static boolean inHalfOpen(BigInteger x, BigInteger a, BigInteger b) {
        if (a.equals(b)) {
            return true;
        }
        return inOpen(x, a, b) || x.equals(b);
    }

    /** 40 hex digits, the wire form of an identifier. */
    public static String hex(BigInteger id) {
        String digits = id.toString(16);
        return "0".repeat(Math.max(0, 40 - digits.length())) + digits;
    }

    public static BigInteger parse(String hex) {
        return new BigInteger(hex, 16);
    }
}
