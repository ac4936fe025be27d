package io.faultline.histories.check.linear;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Checks the partitions of a history in parallel. A history is linearizable iff each partition is
 * (P-compositionality, Herlihy &amp; Wing §3.3; Porcupine's {@code Partition}), so the first violation settles
 * the verdict and cancels the rest.
 *
 * <p>Partitions are taken smallest first from a shared counter: violations in small partitions are found
 * soonest and make the smallest counterexamples, and the counter balances the load across workers.
 */
final class PartitionScheduler {

    /** One partition and how its search ended. */
    record Checked(Object key, List<Call> calls, SearchResult result) {
    }

    private PartitionScheduler() {
    }

    /** Searches the partitions; returns those whose search ran (stopped ones included), in no fixed order. */
    static List<Checked> run(Model<?> model, Map<Object, List<Call>> partitions, SearchLimits limits,
                             int parallelism) {
        List<Map.Entry<Object, List<Call>>> queue = new ArrayList<>(partitions.entrySet());
        queue.sort(Comparator.comparingInt(e -> e.getValue().size()));
        Checked[] done = new Checked[queue.size()];
        AtomicInteger nextPartition = new AtomicInteger();
        Runnable worker = () -> drain(model, queue, nextPartition, done, limits);
        int workers = Math.max(1, Math.min(parallelism, queue.size()));
        if (workers == 1) {
            worker.run();
        } else {
            IntStream.range(0, workers).parallel().forEach(w -> worker.run());
        }
        List<Checked> checked = new ArrayList<>();
        for (Checked c : done) {
            if (c != null) {
                checked.add(c);
            }
        }
        return checked;
    }

    private static void drain(Model<?> model, List<Map.Entry<Object, List<Call>>> queue, AtomicInteger next,
                              Checked[] done, SearchLimits limits) {
        for (int i = next.getAndIncrement(); i < queue.size(); i = next.getAndIncrement()) {
            if (limits.isCancelled() || limits.expired()) {
                return;
            }
            Map.Entry<Object, List<Call>> partition = queue.get(i);
            SearchResult result = WglSearch.run(model, partition.getValue(), limits);
            done[i] = new Checked(partition.getKey(), partition.getValue(), result);
            if (result.isViolation()) {
                limits.cancel();
            }
        }
    }
}
