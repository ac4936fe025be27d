package io.faultline.histories.check.weak;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.convergence.ConvergenceChecker;
import io.faultline.histories.check.sequential.SequentialChecker;
import io.faultline.histories.check.session.SessionGuaranteesChecker;
import io.faultline.histories.check.staleread.StaleReadChecker;
import io.faultline.histories.model.Model;
import java.util.List;

/** The default set of checks weaker than linearizability, and a way to run a set of checkers. */
public final class Checkers {
    private Checkers() {
    }

    /**
     * Sequential consistency (against {@code model}), the session guarantees (one result, see
     * {@link SessionGuaranteesChecker}), eventual consistency and stale reads. Every check takes the model's
     * options from it: the initial value of registers and which reads are uninformative (Knossos's nil reads).
     */
    public static List<Checker> weaker(Model<?> model) {
        return List.of(new SequentialChecker(model), new SessionGuaranteesChecker(model),
                new ConvergenceChecker(model), new StaleReadChecker(model));
    }

    /** Runs each checker in turn, each with the whole {@code budget} (each check starts its own clock). */
    public static List<CheckResult> run(List<Checker> checkers, History history, Budget budget) {
        return checkers.stream().map(c -> c.check(history, budget)).toList();
    }
}
