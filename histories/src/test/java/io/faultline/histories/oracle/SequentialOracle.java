package io.faultline.histories.oracle;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequential consistency by its definition (Lamport 1979), for tiny histories: try every interleaving of the
 * processes' calls that keeps each process's order, in which every call the model must place appears and calls
 * with unknown outcomes may be left out, and see whether the model accepts one from its initial state. The state
 * is one model state per partition (key), all carried together. No memoization, no pruning.
 */
public final class SequentialOracle {
    private SequentialOracle() {
    }

    @SuppressWarnings("unchecked")
    public static boolean isSequential(Model<?> model, History history) {
        Model<Object> m = (Model<Object>) model;
        Map<Integer, Object> partitionOf = new HashMap<>();
        m.partition(history).forEach((key, calls) -> calls.forEach(c -> partitionOf.put(c.id(), key)));
        Map<Long, List<Call>> byProcess = new LinkedHashMap<>();
        for (Call c : history.calls()) {
            if (partitionOf.containsKey(c.id()) && m.mustPlace(c)) {
                byProcess.computeIfAbsent(c.process(), p -> new ArrayList<>()).add(c);
            }
        }
        List<List<Call>> processes = new ArrayList<>(byProcess.values());
        return extend(m, partitionOf, processes, new int[processes.size()], new HashMap<>());
    }

    private static boolean extend(Model<Object> m, Map<Integer, Object> partitionOf, List<List<Call>> processes,
                                  int[] next, Map<Object, Object> states) {
        if (onlyUnknownLeft(processes, next)) {
            return true;
        }
        for (int p = 0; p < processes.size(); p++) {
            if (next[p] == processes.get(p).size()) {
                continue;
            }
            Call c = processes.get(p).get(next[p]);
            Object part = partitionOf.get(c.id());
            Object before = states.containsKey(part) ? states.get(part) : m.init();
            Object after = m.step(before, c);
            if (after != null) {
                Map<Object, Object> nextStates = new HashMap<>(states);
                nextStates.put(part, after);
                next[p]++;
                boolean found = extend(m, partitionOf, processes, next, nextStates);
                next[p]--;
                if (found) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Unknown calls are each process's last: leaving the rest out is placing them after everything. */
    private static boolean onlyUnknownLeft(List<List<Call>> processes, int[] next) {
        for (int p = 0; p < processes.size(); p++) {
            for (int i = next[p]; i < processes.get(p).size(); i++) {
                if (!processes.get(p).get(i).isUnknown()) {
                    return false;
                }
            }
        }
        return true;
    }
}
