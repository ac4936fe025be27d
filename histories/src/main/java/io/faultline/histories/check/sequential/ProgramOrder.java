package io.faultline.histories.check.sequential;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls a sequential-consistency search must order, per process in program order, and the partition of the
 * model each belongs to. Calls the model need not place ({@link Model#mustPlace}: failed calls, unknown reads)
 * are dropped. A call with an unknown outcome is always its process's last (a process retires after
 * {@code info}), so the search may leave it unplaced: that is the same as placing it at the very end.
 */
final class ProgramOrder {
    /** Order keys of unknown calls sort after every completion line: tried last, when nothing else fits. */
    private static final long UNKNOWN_KEY_BASE = 1L << 40;

    final Call[][] byProcess;
    final int[] partitionOfCall;
    final List<Object> partitionKeys;
    final int required;

    private ProgramOrder(Call[][] byProcess, int[] partitionOfCall, List<Object> partitionKeys, int required) {
        this.byProcess = byProcess;
        this.partitionOfCall = partitionOfCall;
        this.partitionKeys = partitionKeys;
        this.required = required;
    }

    /** Every call of the history, in the model's partitions. */
    static ProgramOrder of(Model<?> model, History history) {
        int[] partitionOf = new int[history.calls().size()];
        Arrays.fill(partitionOf, -1);
        List<Object> keys = new ArrayList<>();
        model.partition(history).forEach((key, calls) -> {
            calls.forEach(c -> partitionOf[c.id()] = keys.size());
            keys.add(key);
        });
        Map<Long, List<Call>> perProcess = new LinkedHashMap<>();
        int required = 0;
        for (Call c : history.calls()) {
            if (partitionOf[c.id()] >= 0 && model.mustPlace(c)) {
                perProcess.computeIfAbsent(c.process(), p -> new ArrayList<>()).add(c);
                required += c.isUnknown() ? 0 : 1;
            }
        }
        Call[][] byProcess = perProcess.values().stream().map(l -> l.toArray(Call[]::new)).toArray(Call[][]::new);
        return new ProgramOrder(byProcess, partitionOf, List.copyOf(keys), required);
    }

    int processes() {
        return byProcess.length;
    }

    int calls() {
        return Arrays.stream(byProcess).mapToInt(a -> a.length).sum();
    }

    int partitionOf(Call c) {
        return partitionOfCall[c.id()];
    }

    /**
     * The order in which the search tries calls: by completion line, so that when the history is linearizable
     * the first order tried is close to a linearization; calls with unknown outcomes last. Keys are unique.
     */
    static long orderKey(Call c) {
        return c.isUnknown() ? UNKNOWN_KEY_BASE + c.invokeIndex() : c.completeIndex();
    }
}
