package io.faultline.workloads.lookup;

import java.util.List;

/**
 * Hops per successful lookup (remote next-hop asks, Chord §6.3's path length minus one: a lookup the asked node
 * answers from its own tables takes 0).
 *
 * @param lookups how many lookups succeeded
 * @param mean    mean hops
 * @param p50     median, nearest rank
 * @param p99     99th percentile, nearest rank
 * @param max     most hops of any lookup
 */
public record HopStats(int lookups, double mean, long p50, long p99, long max) {

    static HopStats of(List<Long> hops) {
        if (hops.isEmpty()) {
            return new HopStats(0, 0, 0, 0, 0);
        }
        List<Long> sorted = hops.stream().sorted().toList();
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
        return new HopStats(sorted.size(), mean, rank(sorted, 0.50), rank(sorted, 0.99), sorted.getLast());
    }

    private static long rank(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** {@code mean 2.10, p50 2, p99 5, max 6 over 400 lookups}. */
    String describe() {
        return String.format(java.util.Locale.ROOT, "mean %.2f, p50 %d, p99 %d, max %d hops over %d lookups",
                mean, p50, p99, max, lookups);
    }
}
