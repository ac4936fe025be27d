package io.faultline.runner;

import io.faultline.histories.check.CheckSuite;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOptions;
import java.util.List;

/**
 * Which checks judge a run: the workload's own, strongest first (Jepsen's {@code :checker} of the workload), or
 * only those a spec names ({@code --checks linearizable,eventual}). Run as a {@link CheckSuite}, so a linearizable
 * verdict settles the weaker checks it implies, exactly as {@code faultline check} does on a stored history, and
 * requiring what the workload says a run must show ({@link Workload#requirements}): a run whose writes all failed
 * is UNKNOWN, not a pass.
 */
final class CheckPlan {

    private CheckPlan() {
    }

    /**
     * The suite for {@code workload}: every check, or those named in {@code names} (empty for every one).
     *
     * @throws IllegalArgumentException in one line, naming the valid checks, for a name the workload has not
     */
    static CheckSuite of(Workload workload, WorkloadOptions options, List<String> names) {
        CheckSuite all = CheckSuite.of(workload.checkers(options)).requiring(workload.requirements(options));
        return names.isEmpty() ? all : all.only(names);
    }
}
