package io.faultline.histories.check.sequential;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.model.Model;
import java.time.Duration;
import java.util.List;

/**
 * The phases of the sequential check, cheapest first, each with a share of the time left:
 * <ol>
 *   <li>linearizability ({@link LinearizabilityChecker}, without shrinking): a linearizable history is
 *       sequentially consistent, and stores under test usually are linearizable or close;</li>
 *   <li>an order that keeps writes in real-time order while reads may lag ({@link RealTimeGuide#WRITES_ONLY}),
 *       the shape of stale reads served by followers or backups;</li>
 *   <li>program order only ({@link RealTimeGuide#NONE}): the complete search, the only phase that may conclude
 *       that no order exists.</li>
 * </ol>
 * The first two each get a quarter of the time left; the last gets the rest. The first is skipped when the
 * caller already knows the history is not shown linearizable (it ran that check itself).
 */
final class SequentialPhases {
    /** The outcome, and which phase found the order (empty unless one was found). */
    record Outcome(OrderSearch.Result result, String foundBy) {
    }

    private final Model<Object> model;
    private final Budget budget;
    private final boolean tryLinearizability;
    private final long deadlineNanos;
    private long steps;
    private int configurations;

    SequentialPhases(Model<Object> model, Budget budget, boolean tryLinearizability) {
        this.model = model;
        this.budget = budget;
        this.tryLinearizability = tryLinearizability;
        this.deadlineNanos = budget.deadlineNanos();
    }

    Outcome run(History history, ProgramOrder order) {
        if (tryLinearizability && linearizable(history)) {
            return new Outcome(total(found()), "the history is linearizable");
        }
        OrderSearch.Result guided = search(order, RealTimeGuide.WRITES_ONLY, quarterOfTimeLeft());
        if (guided.stop() == OrderSearch.Stop.FOUND) {
            return new Outcome(total(guided), "an order keeping writes in real-time order");
        }
        OrderSearch.Result complete = search(order, RealTimeGuide.NONE, deadlineNanos);
        return new Outcome(total(complete), complete.stop() == OrderSearch.Stop.FOUND ? "the complete search" : "");
    }

    private boolean linearizable(History history) {
        Duration slice = Duration.ofNanos(Math.max(0, quarterOfTimeLeft() - System.nanoTime()));
        return new LinearizabilityChecker(model).withShrinking(false).withParallelism(1)
                .check(history, budget.withTimeLimit(slice)).verdict() == Verdict.VALID;
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
