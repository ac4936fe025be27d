package io.faultline.runtime;

import java.util.SplittableRandom;

/**
 * Every random stream of a run derives from its one seed and a purpose name ({@code net}, {@code node:n1:2}),
 * never from the order streams were created in: adding a draw to one stream leaves every other stream, and so
 * most of a replay, unchanged.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The stream for {@code purpose} in the run seeded with {@code seed}. */
    public static SplittableRandom derive(long seed, String purpose) {
        // String.hashCode is specified by the JLS, so the mix is the same on every JVM
        return new SplittableRandom(mix64(seed ^ mix64(purpose.hashCode() * 0x9E3779B97F4A7C15L + purpose.length())));
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole 64-bit range. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
