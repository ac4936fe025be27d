package io.faultline.compare;

import io.faultline.histories.check.weak.ConsistencySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeSet;

/**
 * What the comparison's words mean: the consistency ladder's levels, strongest first, and the anomaly kinds the
 * checkers report, in the order the table lists them (the strongest model's failures first).
 */
public final class Legend {

    /** The ladder, strongest first, with what each level promises a client. */
    public static final SequencedMap<String, String> MODELS = ordered(
            "linearizable", "Every operation takes effect at one instant between its call and its reply: clients"
                    + " see one up-to-date copy, as if there were no replicas.",
            "sequential", "One order of all operations explains every result and keeps each client's own order,"
                    + " but not real time: a read may miss a write that had already finished.",
            "session", "Each client reads its own writes and never goes back in time (read-your-writes, monotonic"
                    + " reads and writes, writes-follow-reads), though clients may disagree with each other.",
            "eventual", "Once faults heal and writes stop, replicas agree and keep every acknowledged write.",
            "none", "Not even eventual: an acknowledged write was lost, or replicas never agreed.");

    /** Anomaly kinds, in column order, with what each one is. */
    public static final SequencedMap<String, String> ANOMALIES = ordered(
            "not-linearizable", "no order that respects real time explains the results; the counterexample page"
                    + " shows the operation that cannot be placed",
            "not-sequential", "no order that keeps each client's own order explains the results",
            "stale-read", "a read missed a write that had completed before the read began",
            "read-your-writes", "a client did not see its own earlier write",
            "monotonic-reads", "a client read an older version after a newer one",
            "monotonic-writes", "a client's writes were seen in the wrong order",
            "writes-follow-reads", "a write was seen before the value its client had read first",
            "lost-write", "an acknowledged write is missing from what the system converged to",
            "divergence", "final reads of one key disagree after everything healed",
            "unwritten-value", "a read returned a value nobody wrote",
            "aborted-read", "a read returned the value of a write that failed");

    private Legend() {
    }

    /** The known kinds in column order, then any other kind found, alphabetically. */
    public static List<String> kindColumns(List<CellResult> cells) {
        List<String> columns = new ArrayList<>(ANOMALIES.keySet());
        TreeSet<String> others = new TreeSet<>();
        cells.forEach(cell -> others.addAll(cell.anomalies().keySet()));
        others.removeAll(ANOMALIES.keySet());
        columns.addAll(others);
        return columns;
    }

    /**
     * Anomaly counts in column order, the four session guarantees counted together as {@code session} so that a
     * small space (a grid square, a terminal line) holds them: {@code not-linearizable 1, stale-read 3, session 8}.
     */
    public static SequencedMap<String, Long> grouped(Map<String, Long> anomalies) {
        SequencedMap<String, Long> grouped = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(ANOMALIES.keySet());
        new TreeSet<>(anomalies.keySet()).stream().filter(k -> !order.contains(k)).forEach(order::add);
        for (String kind : order) {
            Long count = anomalies.get(kind);
            if (count != null) {
                String group = ConsistencySummary.SESSION_GUARANTEES.contains(kind) ? "session" : kind;
                grouped.merge(group, count, Long::sum);
            }
        }
        return grouped;
    }

    /** The ladder position of {@code model}: 0 for linearizable, up to 4 for none. */
    public static int rank(String model) {
        int rank = new ArrayList<>(MODELS.keySet()).indexOf(model);
        return rank < 0 ? MODELS.size() - 1 : rank;
    }

    private static SequencedMap<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableSequencedMap(new LinkedHashMap<>(map));
    }
}
