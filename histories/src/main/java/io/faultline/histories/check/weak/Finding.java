package io.faultline.histories.check.weak;

import java.util.List;

/**
 * An anomaly as a summary lists it: once, with every checker that reported it (a read of a value nothing wrote
 * breaks every guarantee, and each checker says so).
 *
 * @param kind        the anomaly's kind
 * @param description its one line
 * @param ops         the history lines it names
 * @param checkers    the checkers that reported it, in ladder order
 */
public record Finding(String kind, String description, List<Long> ops, List<String> checkers) {
    public Finding {
        ops = List.copyOf(ops);
        checkers = List.copyOf(checkers);
    }
}
