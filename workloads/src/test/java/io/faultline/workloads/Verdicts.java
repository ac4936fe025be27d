package io.faultline.workloads;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Verdict;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Runs a workload's checkers on a history, for tests. */
public final class Verdicts {
    private Verdicts() {
    }

    /** Each checker's verdict, by checker name, in the workload's order. */
    public static Map<String, Verdict> of(Workload workload, WorkloadOptions options, History history) {
        return of(workload, options, history, checker -> true);
    }

    /** The verdicts of the checkers that {@code which} selects. */
    public static Map<String, Verdict> of(Workload workload, WorkloadOptions options, History history,
                                          Predicate<Checker> which) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Budget budget = Budget.defaults().withTimeLimit(Duration.ofSeconds(20));
        for (Checker checker : workload.checkers(options)) {
            if (!which.test(checker)) {
                continue;
            }
            verdicts.put(checker.name(), checker.check(history, budget).verdict());
        }
        return verdicts;
    }
}
