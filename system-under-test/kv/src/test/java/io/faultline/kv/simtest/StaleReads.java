package io.faultline.kv.simtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sound (never a false alarm) test for non-linearizable register reads, for histories whose writes
 * have unique values. A read of value v is impossible in a linearizable history when
 * <ul>
 *   <li>no write of v was invoked before the read completed (a value from nowhere or the future),</li>
 *   <li>the write of v definitely failed, or</li>
 *   <li>some acknowledged write w' began after v's write completed and ended before the read began:
 *       v's write → w' → read in real time, so v was overwritten (stale read, lost write).</li>
 * </ul>
 * The initial value {@code null} counts as written before time began. It is not a full checker: it
 * misses violations that need reasoning about concurrent operations.
 */
public final class StaleReads {

    private StaleReads() {
    }

    /** One line per impossible read; empty when none was found. */
    public static List<String> find(List<SimOp> history) {
        Map<Object, List<SimOp>> writesByKey = new HashMap<>();
        Map<Object, SimOp> writeOfValue = new HashMap<>();
        for (SimOp op : history) {
            if (op.isWrite()) {
                writesByKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op);
                writeOfValue.put(op.value(), op);
            }
        }
        List<String> problems = new ArrayList<>();
        for (SimOp read : history) {
            if (read.isRead() && read.isOk()) {
                check(read, writeOfValue, writesByKey.getOrDefault(read.key(), List.of()), problems);
            }
        }
        return problems;
    }

    private static void check(SimOp read, Map<Object, SimOp> writeOfValue, List<SimOp> writes, List<String> problems) {
        SimOp source = read.value() == null ? null : writeOfValue.get(read.value());
        if (read.value() != null && (source == null || !Objects.equals(source.key(), read.key())
                || source.invokeNanos() > read.completeNanos())) {
            problems.add("read of a value never written before it: " + read);
            return;
        }
        if (source != null && source.outcome() == SimOp.Outcome.FAIL) {
            problems.add("read of a write that definitely failed: " + read + " saw " + source);
            return;
        }
        long sourceCompleted = source == null ? Long.MIN_VALUE : source.completeNanos();
        if (source != null && !source.isOk()) {
            sourceCompleted = Long.MAX_VALUE; // an indefinite write may take effect at any later time
        }
        for (SimOp overwrite : writes) {
            if (overwrite.isOk() && overwrite != source && overwrite.invokeNanos() > sourceCompleted
                    && overwrite.completeNanos() < read.invokeNanos()) {
                problems.add("stale read " + read + ": " + overwrite + " overwrote " + (source == null ? "the initial value" : source));
                return;
            }
        }
    }
}
