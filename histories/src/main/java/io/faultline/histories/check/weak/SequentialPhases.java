package io.faultline.histories.check.weak;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.model.Model;
import java.util.List;
import java.util.Map;

/**
 * The phases of the sequential check, cheapest first, each with a share of the time left:
 * <ol>
 *   <li>each partition alone, guided by real time ({@link RealTimeGuide#ALL_CALLS}): a linearizability search.
 *       If every partition is linearizable, so is the history (locality, Herlihy &amp; Wing §3.3), and a
 *       linearizable history is sequentially consistent;</li>
 *   <li>all partitions jointly, writes in real-time order ({@link RealTimeGuide#WRITES_ONLY});</li>
 *   <li>all partitions jointly, program order only ({@link RealTimeGuide#NONE}): the complete search, the only
 *       phase that may conclude that no order exists.</li>
 * </ol>
 * The first two each get a quarter of the time left; the last gets the rest.
 */
final class SequentialPhases {
    /** The outcome, and which phase found the order (empty unless one was found). */
    record Outcome(OrderSearch.Result result, String foundBy) {
    }

    private final Model<Object> model;
    private final Budget budget;
    private final long deadlineNanos;
    private long steps;
    private int configurations;

    SequentialPhases(Model<Object> model, Budget budget) {
        this.model = model;
        this.budget = budget;
        this.deadlineNanos = budget.deadlineNanos();
    }

    Outcome run(History history, ProgramOrder joint) {
        if (eachPartitionLinearizable(history)) {
            return new Outcome(total(found()), "every partition is linearizable");
        }
        OrderSearch.Result guided = search(joint, RealTimeGuide.WRITES_ONLY, quarterOfTimeLeft());
        if (guided.stop() == OrderSearch.Stop.FOUND) {
            return new Outcome(total(guided), "an order keeping writes in real-time order");
        }
        OrderSearch.Result complete = search(joint, RealTimeGuide.NONE, deadlineNanos);
        return new Outcome(total(complete), complete.stop() == OrderSearch.Stop.FOUND ? "the complete search" : "");
    }

    private boolean eachPartitionLinearizable(History history) {
        long phaseDeadline = quarterOfTimeLeft();
        int calls = history.calls().size();
        for (Map.Entry<Object, List<Call>> p : model.partition(history).entrySet()) {
            ProgramOrder alone = ProgramOrder.ofPartition(model, p.getKey(), p.getValue(), calls);
            if (search(alone, RealTimeGuide.ALL_CALLS, phaseDeadline).stop() != OrderSearch.Stop.FOUND) {
                return false;
            }
        }
        return true;
    }

    private OrderSearch.Result search(ProgramOrder order, RealTimeGuide guide, long phaseDeadline) {
        OrderSearch.Result r = new OrderSearch(model, order, guide, phaseDeadline, budget.memoryBytes()).run();
        steps += r.steps();
        configurations += r.memoEntries();
        return r;
    }

    private long quarterOfTimeLeft() {
        long now = System.nanoTime();
        return now + Math.max(0, deadlineNanos - now) / 4;
    }

    private static OrderSearch.Result found() {
        return new OrderSearch.Result(OrderSearch.Stop.FOUND, 0, 0, 0, List.of(), null);
    }

    private OrderSearch.Result total(OrderSearch.Result r) {
        return new OrderSearch.Result(r.stop(), steps, configurations, r.deepest(), r.nextAtDeepest(),
                r.stateAtDeepest());
    }
}
