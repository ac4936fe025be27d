package io.faultline.histories.check;

import java.util.List;

/**
 * What one checker concluded about one history.
 *
 * @param checker   the checker's name ({@code linearizable}, {@code sequential}, …)
 * @param verdict   valid, invalid or unknown
 * @param summary   one line for a person
 * @param anomalies what was found wrong (empty when valid)
 * @param details   checker-specific data for reports and {@code results.json} (a record, serialisable by Jackson),
 *                  or {@code null}
 */
public record CheckResult(String checker, Verdict verdict, String summary, List<Anomaly> anomalies, Object details) {
    public CheckResult {
        anomalies = List.copyOf(anomalies);
    }

    public static CheckResult valid(String checker, String summary, Object details) {
        return new CheckResult(checker, Verdict.VALID, summary, List.of(), details);
    }

    public static CheckResult unknown(String checker, String summary, Object details) {
        return new CheckResult(checker, Verdict.UNKNOWN, summary, List.of(), details);
    }

    public static CheckResult invalid(String checker, String summary, List<Anomaly> anomalies, Object details) {
        return new CheckResult(checker, Verdict.INVALID, summary, anomalies, details);
    }

    public boolean isValid() {
        return verdict == Verdict.VALID;
    }
}
