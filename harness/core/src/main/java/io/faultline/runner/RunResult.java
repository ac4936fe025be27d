package io.faultline.runner;

import io.faultline.histories.History;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.weak.Summary;
import io.faultline.runtime.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A run, done: the spec it ran, with what happened and what the checkers made of it (Jepsen returns the test map
 * with {@code :history} and {@code :results} added).
 *
 * @param spec     the spec, unchanged
 * @param clock    the clock its runtime ran on, which its times are in
 * @param history  every op, nemesis ops included, as recorded
 * @param results  each checker's result, strongest model first
 * @param verdict  the results merged: invalid over unknown over valid
 * @param summary  the strongest consistency model the history satisfies, and every anomaly found, once
 * @param stats    availability and latency, from the history
 * @param finished whether every op completed before the run's deadline (if not, the rest count as unknown)
 * @param files    where the run is stored, unless the spec keeps nothing
 */
public record RunResult(TestSpec spec, Clock clock, History history, List<CheckResult> results, Verdict verdict,
                        Summary summary, RunStats stats, boolean finished, Optional<RunFiles> files) {

    public RunResult {
        results = List.copyOf(results);
    }

    /** The command that replays this run. */
    public String reproduceCommand() {
        return Reproduce.command(spec);
    }

    /** The result of the checker called {@code name}, if it ran. */
    public Optional<CheckResult> result(String checker) {
        return results.stream().filter(r -> r.checker().equals(checker)).findFirst();
    }
}
