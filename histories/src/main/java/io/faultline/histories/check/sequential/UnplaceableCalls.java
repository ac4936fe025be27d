package io.faultline.histories.check.sequential;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A quick necessary condition for sequential consistency, checked before the search: every call that must be
 * placed has to fit some state its partition can reach. The states are over-approximated by closing the initial
 * state under every call that may change it, each usable any number of times and in any order; a call that fits
 * none of them fits no state any order could produce, so no order can include it. A read of a value nothing
 * wrote is the typical case: the search would have to try every order to rule it out, this finds it at once.
 *
 * <p>Bounded: when a partition's closure grows beyond {@link #MAX_STATES} states or the whole check beyond
 * {@link #MAX_STEPS} model steps, that partition is left to the search (the check proves nothing either way).
 */
final class UnplaceableCalls {
    static final int MAX_STATES = 4096;
    static final long MAX_STEPS = 20_000_000;

    private final Model<Object> model;
    private final long deadlineNanos;
    private long steps;

    UnplaceableCalls(Model<Object> model, long deadlineNanos) {
        this.model = model;
        this.deadlineNanos = deadlineNanos;
    }

    /** The calls (of those that must be placed) that fit no reachable state of their partition, in call order. */
    List<Call> find(ProgramOrder order) {
        List<List<Call>> byPartition = new ArrayList<>();
        order.partitionKeys.forEach(k -> byPartition.add(new ArrayList<>()));
        for (Call[] calls : order.byProcess) {
            for (Call c : calls) {
                byPartition.get(order.partitionOf(c)).add(c);
            }
        }
        List<Call> unplaceable = new ArrayList<>();
        for (List<Call> calls : byPartition) {
            Set<Object> reachable = closure(calls);
            if (reachable != null) {
                calls.stream().filter(c -> !c.isUnknown() && fitsNone(c, reachable)).forEach(unplaceable::add);
            }
        }
        unplaceable.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return unplaceable;
    }

    /** The closure of the initial state, or {@code null} when it is too large to compute within the bounds. */
    private Set<Object> closure(List<Call> calls) {
        List<Call> changers = calls.stream().filter(c -> !Observations.isObservation(model, c)).toList();
        Set<Object> seen = new HashSet<>(List.of(model.init()));
        ArrayDeque<Object> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            Object s = todo.pop();
            for (Call c : changers) {
                Object next = step(s, c);
                if (next != null && seen.add(next)) {
                    todo.push(next);
                }
            }
            if (seen.size() > MAX_STATES || outOfSteps()) {
                return null;
            }
        }
        return seen;
    }

    private boolean fitsNone(Call c, Set<Object> states) {
        for (Object s : states) {
            if (outOfSteps() || step(s, c) != null) {
                return false;
            }
        }
        return true;
    }

    private Object step(Object state, Call c) {
        steps++;
        return model.step(state, c);
    }

    private boolean outOfSteps() {
        return steps > MAX_STEPS || ((steps & 0xFFF) == 0 && System.nanoTime() - deadlineNanos > 0);
    }
}
