package io.faultline.report;

import io.faultline.histories.History;
import java.util.List;
import java.util.Map;

/**
 * Everything a run report shows, read from a stored run: what ran (the parameters of {@code test.json}), how to
 * replay it, what happened (the history) and what the checkers concluded ({@code results.json}). Built from the
 * files alone, so that a report can be written again for any stored run, by any later version of Faultline.
 *
 * @param test        the test's name
 * @param seed        the seed
 * @param commit      the source commit the run was made with, or {@code unknown}
 * @param reproduce   the command that replays the run
 * @param virtualTime whether times are the simulator's virtual time
 * @param parameters  the run's parameters, in {@code test.json} order, as text
 * @param verdict     the merged verdict: {@code valid}, {@code invalid} or {@code unknown}
 * @param consistency the strongest model satisfied, as a sentence
 * @param checks      each checker's result, strongest model first
 * @param history     the history
 */
record ReportData(String test, long seed, String commit, String reproduce, boolean virtualTime,
                  Map<String, String> parameters, String verdict, String consistency, List<CheckView> checks,
                  History history) {

    ReportData {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        checks = List.copyOf(checks);
    }

    /** The first counterexample among the checks (linearizability's), if any. */
    CounterexampleMarks counterexample() {
        return checks.stream().filter(CheckView::hasCounterexample).map(CheckView::counterexample).findFirst()
                .orElse(null);
    }
}
