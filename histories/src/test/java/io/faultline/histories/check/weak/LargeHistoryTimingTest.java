package io.faultline.histories.check.weak;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.staleread.StaleReadChecker;
import io.faultline.histories.model.KvModel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How long each weaker check takes on 100,000-line histories (50,000 calls). Prints the times and never asserts
 * them (machines differ); asserts the verdicts, which are known.
 */
class LargeHistoryTimingTest {
    private static final int CALLS = 50_000;
    private static final Budget BUDGET = Budget.defaults().withTimeLimit(Duration.ofSeconds(60));

    @Test
    void aLinearizableHistoryPassesEveryCheck() {
        History h = History.of(SimulatedStore.concurrent(1, CALLS, 10, 5, 0.01));
        for (CheckResult r : timed("linearizable store, 10 workers, 5 keys", h)) {
            assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.VALID);
        }
    }

    @Test
    void aFollowerReadHistoryIsSequentialButHasStaleReads() {
        History h = History.of(FollowerReadStore.run(2, CALLS, 10, 5, 0.01));
        for (CheckResult r : timed("follower reads, 10 workers, 5 keys", h)) {
            Verdict expected = r.checker().equals(StaleReadChecker.NAME) ? Verdict.INVALID : Verdict.VALID;
            assertThat(r.verdict()).as(r.summary()).isEqualTo(expected);
        }
    }

    private static List<CheckResult> timed(String what, History h) {
        System.out.printf("%s: %d lines, %d calls%n", what, h.size(), h.calls().size());
        List<Checker> checkers = Checkers.weaker(new KvModel());
        return checkers.stream().map(c -> {
            long start = System.nanoTime();
            CheckResult r = c.check(h, BUDGET);
            System.out.printf("  %-20s %-8s %6d ms%n", c.name(), r.verdict(), (System.nanoTime() - start) / 1_000_000);
            return r;
        }).toList();
    }
}
