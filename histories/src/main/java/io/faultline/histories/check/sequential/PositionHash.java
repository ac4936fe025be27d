package io.faultline.histories.check.sequential;

/**
 * A 128-bit Zobrist hash of a vector of per-process positions, updated in O(1) when one process advances.
 *
 * <p>The sequential search memoizes (positions, state) pairs; with hundreds of processes (every crash starts a
 * new one) storing the vectors themselves would cost kilobytes per entry. Two independent 64-bit hashes make a
 * false "already explored" (which could hide a valid order) a 2^-128-per-pair event: with 10^9 entries the
 * chance of any collision stays below 10^-20.
 */
final class PositionHash {
    private static final long SEED_LOW = 0x243F6A8885A308D3L;
    private static final long SEED_HIGH = 0x13198A2E03707344L;

    private long low;
    private long high;

    /** The hash of {@code processes} processes all at position 0. */
    PositionHash(int processes) {
        for (int p = 0; p < processes; p++) {
            low ^= z(SEED_LOW, p, 0);
            high ^= z(SEED_HIGH, p, 0);
        }
    }

    /** Process {@code p} moved from position {@code from} to {@code to} (either way: XOR is its own inverse). */
    void move(int p, int from, int to) {
        low ^= z(SEED_LOW, p, from) ^ z(SEED_LOW, p, to);
        high ^= z(SEED_HIGH, p, from) ^ z(SEED_HIGH, p, to);
    }

    long low() {
        return low;
    }

    long high() {
        return high;
    }

    private static long z(long seed, int process, int position) {
        return mix(seed ^ (((long) process << 32) | (position & 0xFFFFFFFFL)));
    }

    /** SplitMix64's finalizer: a bijection that scatters nearby inputs. */
    private static long mix(long x) {
        x += 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
