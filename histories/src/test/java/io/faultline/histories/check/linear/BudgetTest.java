package io.faultline.histories.check.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.RegisterModel;
import io.faultline.histories.testing.H;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A search that cannot finish within its budget answers UNKNOWN, saying what stopped it; it never passes. */
class BudgetTest {
    private final LinearizabilityChecker checker = new LinearizabilityChecker(new KvModel());

    /**
     * Forty crashed appends of distinct strings, then a read of a string no order of them makes: every subset
     * and order of the crashed appends reaches a different state, and each must be refuted before the verdict.
     */
    private static History exponential() {
        H h = new H().key("x");
        for (int p = 0; p < 40; p++) {
            h.invoke(p, "append", "a" + p + ";");
        }
        for (int p = 0; p < 40; p++) {
            h.info(p, "append", "a" + p + ";");
        }
        return h.call(100, "read", null, "never").build();
    }

    @Test
    void aTinyTimeLimitGivesUnknown() {
        CheckResult r = checker.check(exponential(), new Budget(Duration.ofMillis(100), 1L << 30));
        assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(r.summary()).startsWith("unknown: stopped by the time limit after 0 of 1 partitions")
                .contains("steps", "cache entries");
        LinearizabilityDetails d = (LinearizabilityDetails) r.details();
        assertThat(d.steps()).isPositive();
        assertThat(d.millis()).isLessThan(5_000);
    }

    @Test
    void aTinyMemoryCeilingGivesUnknown() {
        CheckResult r = checker.check(exponential(), new Budget(Duration.ofMinutes(1), 200_000));
        assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(r.summary()).startsWith("unknown: stopped by the memory ceiling");
        assertThat(((LinearizabilityDetails) r.details()).cacheEntries()).isPositive();
    }

    @Test
    void theSameHistoryWithTheReadSeeingCrashedAppendsIsDecidedQuickly() {
        H h = new H().key("x");
        for (int p = 0; p < 40; p++) {
            h.invoke(p, "append", "a" + p + ";").info(p, "append", "a" + p + ";");
        }
        CheckResult r = checker.check(h.call(100, "read", null, "a7;a3;").build(), Budget.defaults());
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
    }

    /** With registers, forty crashed writes and an impossible read are refuted at once: one chain per value. */
    @Test
    void crashedWritesOfARegisterAreRefutedWithoutEnumeratingSubsets() {
        H h = new H();
        for (int p = 0; p < 40; p++) {
            h.invoke(p, "write", p);
        }
        for (int p = 0; p < 40; p++) {
            h.info(p, "write", p);
        }
        CheckResult r = new LinearizabilityChecker(new RegisterModel()).check(h.call(100, "read", null, 1000).build());
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(((LinearizabilityDetails) r.details()).steps()).isLessThan(10_000);
    }
}
