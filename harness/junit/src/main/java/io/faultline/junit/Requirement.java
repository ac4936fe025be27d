package io.faultline.junit;

import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.weak.ConsistencySummary;
import io.faultline.histories.check.weak.Finding;
import io.faultline.histories.check.weak.Summary;
import java.util.List;
import java.util.Optional;

/**
 * Whether a checked history meets a required {@link Consistency}, and if not, the headline of why. Met when the
 * required level, or a stronger one, was checked valid. A level the checkers could not decide within their budget
 * is not met: a test that cannot show the property must not pass.
 */
final class Requirement {

    private Requirement() {
    }

    /** Empty when {@code summary} meets {@code required}; otherwise the headline of the failure. */
    static Optional<String> unmet(Consistency required, Summary summary) {
        boolean met = required.andStronger().stream().anyMatch(level -> verdict(summary, level) == Verdict.VALID);
        if (met) {
            return Optional.empty();
        }
        Verdict verdict = verdict(summary, required);
        if (verdict == Verdict.INVALID) {
            return Optional.of("not " + required.level() + " (strongest model kept: " + summary.statement() + ")");
        }
        return Optional.of(required.level() + " could not be established: " + summary.statement()
                + (verdict == null ? "; that check did not run (is it one of the workload's checks?)"
                : "; the check ran out of its budget (raise checkTimeLimit, or shorten timeLimit)"));
    }

    /** The anomalies that break {@code required}: those its checker (or, for session, any guarantee) reported. */
    static List<Finding> breaking(Consistency required, Summary summary) {
        List<String> checkers = required == Consistency.SESSION ? ConsistencySummary.SESSION_GUARANTEES
                : List.of(required.level());
        List<Finding> breaking = summary.anomalies().stream()
                .filter(f -> f.checkers().stream().anyMatch(checkers::contains)).toList();
        return breaking.isEmpty() ? summary.anomalies() : breaking;
    }

    private static Verdict verdict(Summary summary, Consistency level) {
        return summary.verdicts().get(level.level());
    }
}
