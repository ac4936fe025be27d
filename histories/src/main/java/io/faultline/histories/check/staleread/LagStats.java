package io.faultline.histories.check.staleread;

import java.util.Arrays;

/**
 * The distribution of a lag over the stale reads: maximum and nearest-rank percentiles (the p-th percentile is
 * the smallest value at least p% of the samples do not exceed). All zero when there were no stale reads.
 */
public record LagStats(long max, long p50, long p99) {

    static LagStats of(long[] samples) {
        if (samples.length == 0) {
            return new LagStats(0, 0, 0);
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new LagStats(sorted[sorted.length - 1], percentile(sorted, 50), percentile(sorted, 99));
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
