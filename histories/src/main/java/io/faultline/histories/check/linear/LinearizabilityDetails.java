package io.faultline.histories.check.linear;

import io.faultline.histories.check.Counterexample;

/**
 * What the linearizability checker explored, for reports and {@code results.json}.
 *
 * @param model              the model's name
 * @param partitions         partitions in the history
 * @param partitionsChecked  partitions whose search finished (linearizable or not)
 * @param calls              calls in the history
 * @param steps              search steps, over all partitions (shrinking excluded)
 * @param cacheEntries       configurations memoized, over all partitions
 * @param millis             wall-clock time of the whole check, shrinking included
 * @param shrinkRuns         searches run while shrinking the counterexample
 * @param counterexample     the smallest failing partition, shrunk; {@code null} unless not linearizable
 */
public record LinearizabilityDetails(String model, int partitions, int partitionsChecked, int calls, long steps,
                                     long cacheEntries, long millis, int shrinkRuns, Counterexample counterexample) {
}
