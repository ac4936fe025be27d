package io.faultline.junit;

import io.faultline.histories.check.weak.ConsistencySummary;
import java.util.List;

/**
 * The consistency models a test can require, strongest first: the ladder every Faultline run is checked against.
 * Requiring a model is satisfied when the history is checked valid for it, or for a stronger one.
 */
public enum Consistency {
    /** Every operation takes effect at one instant between its call and its reply. */
    LINEARIZABLE(ConsistencySummary.LINEARIZABLE),
    /** One order of all operations explains every result and keeps each client's own order (not real time). */
    SEQUENTIAL(ConsistencySummary.SEQUENTIAL),
    /** The four session guarantees: read-your-writes, monotonic reads, monotonic writes, writes-follow-reads. */
    SESSION(ConsistencySummary.SESSION),
    /** Replicas agree once faults heal and keep every acknowledged write. */
    EVENTUAL(ConsistencySummary.EVENTUAL);

    private final String level;

    Consistency(String level) {
        this.level = level;
    }

    /** The name of this level in run results and reports: {@code linearizable}, {@code session}, … */
    public String level() {
        return level;
    }

    /** This model and every stronger one: a history valid for any of them satisfies this requirement. */
    List<Consistency> andStronger() {
        return List.of(values()).subList(0, ordinal() + 1);
    }
}
