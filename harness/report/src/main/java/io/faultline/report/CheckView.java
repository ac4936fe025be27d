package io.faultline.report;

import io.faultline.histories.check.Anomaly;
import java.util.List;
import java.util.Locale;

/**
 * One checker's result as the report shows it: its verdict and summary, its anomalies with their history lines,
 * and, when it produced one, its counterexample.
 *
 * @param checker        the checker's name
 * @param verdict        {@code valid}, {@code invalid} or {@code unknown}
 * @param summary        its one-line summary
 * @param anomalies      everything it found wrong
 * @param counterexample its counterexample, or {@code null}
 */
record CheckView(String checker, String verdict, String summary, List<Anomaly> anomalies,
                 CounterexampleMarks counterexample) {

    CheckView {
        verdict = verdict.toLowerCase(Locale.ROOT);
        anomalies = List.copyOf(anomalies);
    }

    boolean hasCounterexample() {
        return counterexample != null && !counterexample.lines().isEmpty();
    }
}
