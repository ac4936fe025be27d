package io.faultline.compare;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Outcome;
import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of a run's ok calls, from its history (HdrHistogram, three significant digits). In the
 * simulator these are virtual-time nanoseconds, so they replay with the seed like the history does.
 *
 * @param p50Nanos median, or -1 when no call was ok
 * @param p95Nanos 95th percentile, or -1
 * @param p99Nanos 99th percentile, or -1
 * @param maxNanos the slowest ok call, or -1
 */
public record Latencies(long p50Nanos, long p95Nanos, long p99Nanos, long maxNanos) {

    /** Longer latencies are clamped: no client waits an hour. */
    private static final long MAX_TRACKED_NANOS = 3_600_000_000_000L;

    public static final Latencies NONE = new Latencies(-1, -1, -1, -1);

    public static Latencies of(History history) {
        Histogram histogram = new Histogram(MAX_TRACKED_NANOS, 3);
        for (Call call : history.calls()) {
            if (call.outcome() == Outcome.OK) {
                histogram.recordValue(Math.min(MAX_TRACKED_NANOS, call.completeTime() - call.invokeTime()));
            }
        }
        if (histogram.getTotalCount() == 0) {
            return NONE;
        }
        return new Latencies(histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(95),
                histogram.getValueAtPercentile(99), histogram.getMaxValue());
    }
}
