package io.faultline.histories.check.linear;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Counterexample;
import io.faultline.histories.model.Model;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks that a history is linearizable with respect to a {@link Model} (Herlihy &amp; Wing), by the search of
 * Wing &amp; Gong with Lowe's memoization, on each of the model's partitions in parallel (see {@link WglSearch}).
 *
 * <p>Semantics (Jepsen's): an {@code ok} call took effect between its invocation and completion; a {@code fail}
 * call did not happen (unless the model says it observed something: {@link Model#mustPlace}); a call that ended
 * in {@code info} or never ended may have taken effect at any time after its invocation, or never.
 *
 * <p>Verdicts: VALID when every partition is linearizable; INVALID as soon as one is not, with a shrunk
 * {@link Counterexample} in {@link LinearizabilityDetails}; UNKNOWN when the budget's deadline or memory
 * ceiling stopped a search first. Never an OutOfMemoryError, never a pass for an unfinished search.
 */
public final class LinearizabilityChecker implements Checker {
    public static final String NAME = "linearizable";

    private final Model<?> model;
    private final boolean shrink;
    private final int parallelism;

    /** Checks against {@code model}, shrinking counterexamples, on every available core. */
    public LinearizabilityChecker(Model<?> model) {
        this(model, true, Runtime.getRuntime().availableProcessors());
    }

    private LinearizabilityChecker(Model<?> model, boolean shrink, int parallelism) {
        this.model = model;
        this.shrink = shrink;
        this.parallelism = parallelism;
    }

    /** Whether to shrink counterexamples (on by default; off reports the first failing partition as found). */
    public LinearizabilityChecker withShrinking(boolean enabled) {
        return new LinearizabilityChecker(model, enabled, parallelism);
    }

    /** How many partitions to search at once (default: available processors). */
    public LinearizabilityChecker withParallelism(int workers) {
        return new LinearizabilityChecker(model, shrink, Math.max(1, workers));
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Checks with {@link Budget#defaults()}. */
    public CheckResult check(History history) {
        return check(history, Budget.defaults());
    }

    @Override
    public CheckResult check(History history, Budget budget) {
        long startNanos = System.nanoTime();
        SearchLimits limits = SearchLimits.of(budget);
        Map<Object, List<Call>> partitions = model.partition(history);
        List<PartitionScheduler.Checked> checked = PartitionScheduler.run(model, partitions, limits, parallelism);
        SearchTotals totals = new SearchTotals(model.name(), partitions.size(), history.calls().size(), checked,
                startNanos);
        PartitionScheduler.Checked failing = checked.stream().filter(c -> c.result().isViolation())
                .min(Comparator.comparingInt(c -> c.calls().size())).orElse(null);
        if (failing != null) {
            return invalid(failing, totals, limits);
        }
        PartitionScheduler.Checked stopped = checked.stream()
                .filter(c -> !c.result().isLinearizable()).findFirst().orElse(null);
        if (stopped != null || checked.size() < partitions.size()) {
            StopReason why = stopped != null ? stopped.result().stopReason() : StopReason.TIME_LIMIT;
            return CheckResult.unknown(NAME, totals.unknownSummary(why), totals.details(0, null));
        }
        return CheckResult.valid(NAME, totals.validSummary(), totals.details(0, null));
    }

    private CheckResult invalid(PartitionScheduler.Checked failing, SearchTotals totals, SearchLimits limits) {
        Shrinker.Shrunk shrunk = shrink
                ? new Shrinker(model, limits).shrink(failing.calls(), failing.result())
                : new Shrinker.Shrunk(failing.calls().stream().filter(model::mustPlace).toList(),
                        failing.result(), false, 0);
        CounterexampleReport report = new CounterexampleReport(model);
        Counterexample counterexample = report.counterexample(failing.key(), shrunk);
        String summary = "not linearizable: " + report.describe(counterexample);
        return CheckResult.invalid(NAME, summary, List.of(report.anomaly(counterexample)),
                totals.details(shrunk.runs(), counterexample));
    }
}
