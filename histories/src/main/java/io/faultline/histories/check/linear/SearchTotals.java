package io.faultline.histories.check.linear;

import io.faultline.histories.check.Counterexample;
import java.util.List;

/** Totals over the partitions a check searched, and the summaries that report them. */
final class SearchTotals {
    private final String model;
    private final int partitions;
    private final int calls;
    private final int finished;
    private final long steps;
    private final long cacheEntries;
    private final long startNanos;

    SearchTotals(String model, int partitions, int calls, List<PartitionScheduler.Checked> checked, long startNanos) {
        this.model = model;
        this.partitions = partitions;
        this.calls = calls;
        this.finished = (int) checked.stream().filter(c -> c.result().stopReason() == null).count();
        this.steps = checked.stream().mapToLong(c -> c.result().steps()).sum();
        this.cacheEntries = checked.stream().mapToLong(c -> c.result().cacheEntries()).sum();
        this.startNanos = startNanos;
    }

    LinearizabilityDetails details(int shrinkRuns, Counterexample counterexample) {
        return new LinearizabilityDetails(model, partitions, finished, calls, steps, cacheEntries, millis(),
                shrinkRuns, counterexample);
    }

    String validSummary() {
        return "linearizable (" + model + "): " + explored();
    }

    /** Says what stopped the check and what it had explored; an unfinished check never passes. */
    String unknownSummary(StopReason why) {
        return "unknown: stopped by " + why.text() + " after " + finished + " of " + partitions
                + " partitions were decided, with no violation found (" + explored() + ")";
    }

    private String explored() {
        return partitions + (partitions == 1 ? " partition, " : " partitions, ") + calls + " calls, "
                + steps + " steps, " + cacheEntries + " cache entries, " + millis() + " ms";
    }

    private long millis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
