package io.faultline.workloads.lookup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chord's ring invariant after quiescence (§4, and the stabilization theorem of §5.1): every live node is in the
 * ring, and the successor pointers form one cycle over all of them, in identifier order, so that each node's
 * successor is the oracle's. Judged on one {@code ring-state} op's value.
 */
final class RingInvariant {

    /** What one ring-state sweep showed: the problems found ({@code kind: text}), and the cycles counted. */
    record Finding(List<String> wrong, List<String> unanswered, int cycleLength) {
    }

    private RingInvariant() {
    }

    static Finding check(Map<?, ?> sweep) {
        List<String> nodes = ((List<?>) sweep.get("nodes")).stream().map(String::valueOf).toList();
        Map<?, ?> states = (Map<?, ?>) sweep.get("states");
        RingOracle oracle = new RingOracle(nodes);
        List<String> wrong = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (String node : oracle.ring()) {
            if (!(states.get(node) instanceof Map<?, ?> state)) {
                unanswered.add(node);
                continue;
            }
            String successor = successorOf(node, state);
            if (!Boolean.TRUE.equals(state.get("joined"))) {
                wrong.add(node + " is not in the ring");
            } else if (!successor.equals(oracle.successorOf(node))) {
                wrong.add(node + " has successor " + successor + ", the oracle says " + oracle.successorOf(node));
            }
        }
        return new Finding(wrong, unanswered, cycleFrom(oracle.ring().get(0), states));
    }

    private static String successorOf(String node, Map<?, ?> state) {
        return state.get("successors") instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : node;
    }

    /** How many nodes following successor pointers from {@code start} visits before it comes back (0: it never does). */
    private static int cycleFrom(String start, Map<?, ?> states) {
        Set<String> seen = new HashSet<>();
        String at = start;
        while (seen.add(at)) {
            if (!(states.get(at) instanceof Map<?, ?> state)) {
                return 0;
            }
            at = successorOf(at, state);
        }
        return at.equals(start) ? seen.size() : 0;
    }
}
