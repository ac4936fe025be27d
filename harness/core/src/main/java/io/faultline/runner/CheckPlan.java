package io.faultline.runner;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.check.weak.Checkers;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which checkers judge a run, and in what order. By default: the workload's own (strongest first); then, unless
 * the history is linearizable, every weaker check the workload does not already run (sequential, session
 * guarantees, eventual, stale reads), so that a run that is not linearizable still says which weaker model it
 * keeps. A spec may instead name the checkers to run ({@code --check linearizable,eventual}).
 *
 * <p>Why skip the weaker checks after a linearizable verdict: linearizability implies each of them (a linearizable
 * history has a real-time-respecting order, which is a program order, in which every read sees the latest write
 * and the final reads agree), so they could only say VALID, and the sequential search is NP-complete: on a few
 * hundred calls with crashed processes it can spend its whole budget proving what is already known.
 *
 * @param own      the workload's checkers that will run
 * @param weaker   the weaker checkers that will run
 * @param selected whether the spec named the checkers (then all of them run, whatever the verdicts)
 */
record CheckPlan(List<Checker> own, List<Checker> weaker, boolean selected) {

    /**
     * The plan for {@code workload}: every checker, or only those named in {@code names} (empty for every one).
     *
     * @throws IllegalArgumentException in one line, listing the checker names, for a name no checker has
     */
    static CheckPlan of(Workload workload, WorkloadOptions options, List<String> names) {
        List<Checker> own = workload.checkers(options);
        Set<String> ownNames = own.stream().map(Checker::name).collect(Collectors.toSet());
        List<Checker> weaker = Checkers.weaker(workload.model(options)).stream()
                .filter(c -> !ownNames.contains(c.name())).toList();
        if (names.isEmpty()) {
            return new CheckPlan(own, weaker, false);
        }
        Set<String> known = new LinkedHashSet<>();
        own.forEach(c -> known.add(c.name()));
        weaker.forEach(c -> known.add(c.name()));
        names.stream().filter(n -> !known.contains(n)).findFirst().ifPresent(n -> {
            throw new IllegalArgumentException("no checker named '" + n + "' for workload " + workload.name()
                    + "; known: " + String.join(", ", known));
        });
        return new CheckPlan(keep(own, names), keep(weaker, names), true);
    }

    /** Runs the plan on {@code history}, each checker within {@code budget}; results in the order they ran. */
    List<CheckResult> run(History history, Budget budget) {
        List<CheckResult> results = new ArrayList<>(Checkers.run(own, history, budget));
        if (selected || !isLinearizable(results)) {
            results.addAll(Checkers.run(weaker, history, budget));
        }
        return results;
    }

    private static List<Checker> keep(List<Checker> checkers, List<String> names) {
        return checkers.stream().filter(c -> names.contains(c.name())).toList();
    }

    private static boolean isLinearizable(List<CheckResult> results) {
        return results.stream().anyMatch(r -> r.checker().equals(LinearizabilityChecker.NAME)
                && r.verdict() == Verdict.VALID);
    }
}
