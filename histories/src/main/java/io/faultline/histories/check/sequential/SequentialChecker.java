package io.faultline.histories.check.sequential;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Lines;
import io.faultline.histories.model.Model;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequential consistency (Lamport 1979; Viotti &amp; Vukolić §3.1): the history is valid when some total order
 * of its calls (1) contains every call the model must place ({@code ok} calls, and failed calls the model says
 * observed something), none of the failed ones that did not happen, and any subset of the calls with unknown
 * outcomes; (2) keeps each process's calls in the order it issued them; and (3) is accepted by the model from its
 * initial state. Unlike linearizability, real time between processes does not constrain the order: a read that
 * returns a value older than one another process already saw is fine, as long as no process sees time run
 * backwards.
 *
 * <p>Sound and complete: the search ({@link OrderSearch}) only skips configurations already explored, so VALID
 * comes with an order and INVALID means every order was ruled out. Before the complete search, two phases guided
 * by real time look for an order where stores usually leave one ({@link SequentialPhases}); they can only find
 * orders, never rule any out. Before any search, calls that fit no state the model can reach at all are found
 * directly ({@link UnplaceableCalls}): the search would have to try every order to rule them out. Leaving an
 * unknown call out is sound because it is its process's last call: leaving it out is placing it after
 * everything. Sequential consistency is not compositional, so all the model's partitions are searched jointly,
 * in one state per partition (unless the whole history is linearizable, which settles it).
 *
 * <p>The problem is NP-complete (Gibbons &amp; Korach 1997); the budget's deadline and memo ceiling turn a search
 * too large into UNKNOWN, never a pass and never an OutOfMemoryError.
 */
public final class SequentialChecker implements Checker {
    public static final String NAME = "sequential";
    private static final String KIND = "not-sequential";

    private final Model<Object> model;
    private final boolean tryLinearizability;

    public SequentialChecker(Model<?> model) {
        this(model, true);
    }

    @SuppressWarnings("unchecked")
    private SequentialChecker(Model<?> model, boolean tryLinearizability) {
        this.model = (Model<Object>) model;
        this.tryLinearizability = tryLinearizability;
    }

    /**
     * This checker without its first phase (the linearizability check), for callers that have just run that
     * check and seen it fail or give up: running it again would only spend a quarter of the budget on a known
     * answer.
     */
    public SequentialChecker knowingNotLinearizable() {
        return new SequentialChecker(model, false);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(History history, Budget budget) {
        long start = System.nanoTime();
        ProgramOrder order = ProgramOrder.of(model, history);
        List<Call> unplaceable = new UnplaceableCalls(model, budget.deadlineNanos()).find(order);
        if (!unplaceable.isEmpty()) {
            return unplaceable(order, unplaceable, (System.nanoTime() - start) / 1_000_000);
        }
        SequentialPhases.Outcome outcome;
        try {
            outcome = new SequentialPhases(model, budget, tryLinearizability).run(history, order);
        } catch (OutOfMemoryError e) {
            // the memo's estimate undercounted this model's states; the memo is garbage now, so we can answer
            return CheckResult.unknown(NAME, "unknown: the search ran out of memory before reaching the budget's"
                    + " memory ceiling; lower the ceiling or give the JVM more heap", null);
        }
        OrderSearch.Result r = outcome.result();
        SequentialDetails details = details(order, outcome, (System.nanoTime() - start) / 1_000_000);
        String explored = order.calls() + " calls of " + order.processes() + " processes, " + r.steps()
                + " steps, " + r.memoEntries() + " configurations";
        return switch (r.stop()) {
            case FOUND -> CheckResult.valid(NAME, "sequentially consistent (" + model.name() + "): "
                    + outcome.foundBy() + "; " + explored, details);
            case EXHAUSTED -> invalid(r, details);
            case TIME_LIMIT, MEMORY_CEILING -> CheckResult.unknown(NAME, "unknown: stopped by the "
                    + (r.stop() == OrderSearch.Stop.TIME_LIMIT ? "time limit" : "memory ceiling")
                    + " before finding an order or ruling every order out (" + explored + "; furthest order: "
                    + r.deepest() + " calls)", details);
        };
    }


    private CheckResult invalid(OrderSearch.Result r, SequentialDetails d) {
        String next = String.join(", ", d.nextCalls());
        String text = "no order respecting each process's program order fits the " + model.name()
                + " model: the furthest placed " + d.longestOrder() + " of " + d.calls() + " calls (state "
                + d.stateAtLongest() + "), and no order continued from there with any of " + next;
        Anomaly anomaly = new Anomaly(KIND, text, Lines.of(r.nextAtDeepest()));
        return CheckResult.invalid(NAME, "not sequentially consistent: " + text, List.of(anomaly), d);
    }

    private CheckResult unplaceable(ProgramOrder order, List<Call> calls, long millis) {
        List<Anomaly> anomalies = calls.stream().limit(CappedAnomalies.DEFAULT_CAP).map(c -> new Anomaly(KIND,
                model.describe(c) + " (" + Lines.op(c) + ", process " + c.process() + ") fits no state the "
                        + model.name() + " model can reach, whatever the order: no order can include it",
                Lines.of(c))).toList();
        SequentialDetails details = new SequentialDetails(model.name(), order.processes(), order.calls(),
                order.partitionKeys.size(), 0, 0, 0, calls.stream().limit(CappedAnomalies.DEFAULT_CAP)
                .map(model::describe).toList(), "", "", millis);
        return CheckResult.invalid(NAME, "not sequentially consistent: " + calls.size() + " call"
                + (calls.size() == 1 ? "" : "s") + " fit no reachable state; first: "
                + anomalies.get(0).description(), anomalies, details);
    }

    private SequentialDetails details(ProgramOrder order, SequentialPhases.Outcome outcome, long millis) {
        OrderSearch.Result r = outcome.result();
        if (r.stop() == OrderSearch.Stop.FOUND) {
            return new SequentialDetails(model.name(), order.processes(), order.calls(), order.partitionKeys.size(),
                    r.steps(), r.memoEntries(), order.calls(), List.of(), "", outcome.foundBy(), millis);
        }
        List<String> next = r.nextAtDeepest().stream()
                .map(c -> model.describe(c) + " (" + Lines.op(c) + ", process " + c.process() + ")").toList();
        return new SequentialDetails(model.name(), order.processes(), order.calls(), order.partitionKeys.size(),
                r.steps(), r.memoEntries(), r.deepest(), next, describeState(order, r), "", millis);
    }

    /** The state of the partitions the next calls touch: {@code 2} for one register, {@code x=2, y=nil} for keys. */
    private String describeState(ProgramOrder order, OrderSearch.Result r) {
        if (r.stateAtDeepest() == null) {
            return "";
        }
        Map<Integer, String> parts = new LinkedHashMap<>();
        for (Call c : r.nextAtDeepest()) {
            int part = order.partitionOf(c);
            parts.put(part, model.describeState(r.stateAtDeepest().part(part)));
        }
        if (order.partitionKeys.size() == 1) {
            return String.join("", parts.values());
        }
        return String.join(", ", parts.entrySet().stream()
                .map(e -> order.partitionKeys.get(e.getKey()) + "=" + e.getValue()).toList());
    }
}
