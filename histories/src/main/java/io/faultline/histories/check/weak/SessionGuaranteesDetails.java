package io.faultline.histories.check.weak;

import io.faultline.histories.check.CheckResult;
import java.util.List;

/**
 * The details of {@link SessionGuaranteesChecker}: one full result per guarantee, each with its own verdict,
 * so that a report (and {@link ConsistencySummary}) can say which guarantees hold and which do not.
 *
 * @param guarantees read-your-writes, monotonic-reads, monotonic-writes, writes-follow-reads, in that order
 */
public record SessionGuaranteesDetails(List<CheckResult> guarantees) {
    public SessionGuaranteesDetails {
        guarantees = List.copyOf(guarantees);
    }
}
