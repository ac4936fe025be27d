package io.faultline.histories.check.session;

import io.faultline.histories.check.CheckResult;
import java.util.List;

/**
 * The details of {@link SessionGuaranteesChecker}: whether the guarantees hold together, and one full result per
 * guarantee's rule, each with its own verdict, so that a report (and
 * {@link io.faultline.histories.check.weak.ConsistencySummary}) can say which rules offending reads break.
 *
 * @param guarantees read-your-writes, monotonic-reads, monotonic-writes, writes-follow-reads, in that order
 * @param together   the four together ({@link CausalSessions}); {@code null} when only the rules were checked
 */
public record SessionGuaranteesDetails(List<CheckResult> guarantees, CheckResult together) {
    public SessionGuaranteesDetails {
        guarantees = List.copyOf(guarantees);
    }

    public SessionGuaranteesDetails(List<CheckResult> guarantees) {
        this(guarantees, null);
    }
}
