package io.faultline.report;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of the calls that completed ok, per function and overall, from HdrHistogram (three
 * significant digits), next to how many calls of each function failed or ended unknown: a fast p99 means little
 * if half the calls timed out.
 */
final class LatencyTable {
    private static final long MAX_TRACKED_NANOS = 3_600_000_000_000L;

    /** One row: a function (or {@code all}) with its counts and percentiles in nanoseconds (-1 without ok calls). */
    record Row(String f, long calls, long ok, long fail, long unknown, long p50, long p95, long p99, long max) {
    }

    private LatencyTable() {
    }

    static List<Row> rows(List<Call> calls) {
        Map<String, List<Call>> byF = new LinkedHashMap<>();
        calls.forEach(c -> byF.computeIfAbsent(c.f(), f -> new ArrayList<>()).add(c));
        List<Row> rows = new ArrayList<>();
        byF.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(row(e.getKey(), e.getValue())));
        if (byF.size() > 1) {
            rows.add(row("all", calls));
        }
        return rows;
    }

    private static Row row(String f, List<Call> calls) {
        Histogram ok = new Histogram(MAX_TRACKED_NANOS, 3);
        long fail = 0;
        long unknown = 0;
        for (Call call : calls) {
            if (call.isOk()) {
                ok.recordValue(Math.min(MAX_TRACKED_NANOS, LatencyScatter.latency(call)));
            } else if (call.isFail()) {
                fail++;
            } else {
                unknown++;
            }
        }
        boolean any = ok.getTotalCount() > 0;
        return new Row(f, calls.size(), ok.getTotalCount(), fail, unknown, any ? ok.getValueAtPercentile(50) : -1,
                any ? ok.getValueAtPercentile(95) : -1, any ? ok.getValueAtPercentile(99) : -1,
                any ? ok.getMaxValue() : -1);
    }
}
