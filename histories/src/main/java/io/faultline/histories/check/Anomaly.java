package io.faultline.histories.check;

import java.util.List;

/**
 * One thing a checker found wrong, with the history indices of the ops involved.
 *
 * @param kind        a stable, kebab-case name: {@code not-linearizable}, {@code stale-read}, {@code lost-write}, …
 * @param description one line for a person
 * @param ops         history indices (of invoke or completion lines) of the ops involved
 */
public record Anomaly(String kind, String description, List<Long> ops) {
    public Anomaly {
        ops = List.copyOf(ops);
    }
}
