package io.faultline.histories.check;

import io.faultline.histories.History;

/**
 * Checks a history against one consistency property. Implementations are stateless and thread-safe; they
 * know the data type only through a {@link io.faultline.histories.model.Model} where they need one.
 */
public interface Checker {

    /** A stable name: {@code linearizable}, {@code sequential}, {@code read-your-writes}, … */
    String name();

    /** Checks the history within the budget: exceeding it yields {@link Verdict#UNKNOWN}. */
    CheckResult check(History history, Budget budget);
}
