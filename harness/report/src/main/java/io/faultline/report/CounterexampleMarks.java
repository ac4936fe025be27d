package io.faultline.report;

import java.util.Map;
import java.util.Set;

/**
 * Which calls of the history a linearizability counterexample names, by the history line of their invocation:
 * a call's invocation line identifies it in the history, in {@code results.json} and on the page alike.
 *
 * @param key             the failing key, as text
 * @param lines           invocation lines of the counterexample's calls (shrunk)
 * @param orderByLine     position (1-based) of each call in the longest linearizable order found
 * @param unplaceableLine invocation line of the call that cannot be placed next, or -1
 * @param unplaceableText the model's description of that call
 * @param stateAfter      the model state after the longest order
 */
record CounterexampleMarks(String key, Set<Long> lines, Map<Long, Integer> orderByLine, long unplaceableLine,
                           String unplaceableText, String stateAfter) {

    CounterexampleMarks {
        lines = Set.copyOf(lines);
        orderByLine = Map.copyOf(orderByLine);
    }
}
