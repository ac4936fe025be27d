package io.faultline.bench;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.model.KvModel;
import java.time.Duration;

/** The million-call benchmark's history and check, shared by the JMH benchmark and {@link CheckerBench}. */
public final class GeneratedRun {
    /** 1,000,000 calls over 1,000 keys, 10% crashed, 30 concurrent workers; 50% get, 30% put, 20% cas. */
    public static final LinearizableKvGenerator.Config MILLION =
            new LinearizableKvGenerator.Config(1_000_000, 1_000, 30, 0.10, 50, 20, 42);

    private GeneratedRun() {
    }

    public static History million() {
        return LinearizableKvGenerator.generate(MILLION);
    }

    public static CheckResult check(History history) {
        Budget budget = Budget.defaults().withTimeLimit(Duration.ofMinutes(5));
        return new LinearizabilityChecker(KvModel.porcupine()).check(history, budget);
    }
}
