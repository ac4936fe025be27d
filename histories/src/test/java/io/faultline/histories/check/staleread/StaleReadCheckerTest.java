package io.faultline.histories.check.staleread;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.testing.H;
import io.faultline.histories.testing.Timed;
import org.junit.jupiter.api.Test;

class StaleReadCheckerTest {

    private static CheckResult check(History h) {
        return new StaleReadChecker().check(h, Budget.defaults());
    }

    private static StaleReadDetails details(CheckResult r) {
        return (StaleReadDetails) r.details();
    }

    /** Writes 1, 2, 3 one after another, a read of 1 and one of nil after all, a fresh read, a concurrent one. */
    private static History lagging() {
        return new Timed().invoke(0, 0, "write", 1L).ok(100, 0, "write", 1L)
                .invoke(200, 0, "write", 2L).ok(300, 0, "write", 2L)
                .invoke(400, 0, "write", 3L).ok(500, 0, "write", 3L)
                .invoke(1000, 1, "read", null).ok(1100, 1, "read", 1L)
                .invoke(1200, 1, "read", null).ok(1300, 1, "read", null)
                .invoke(1310, 2, "read", null).ok(1320, 2, "read", 3L)
                .invoke(1400, 0, "write", 4L).invoke(1500, 1, "read", null)
                .ok(1600, 0, "write", 4L).ok(1700, 1, "read", 3L).build();
    }

    @Test
    void measuresHowManyWritesAndHowLongAStaleReadMissed() {
        CheckResult r = check(lagging());
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.anomalies()).extracting(Anomaly::kind).containsExactly("stale-read", "stale-read");
        Anomaly first = r.anomalies().get(0);
        assertThat(first.description()).isEqualTo("read() → 1 (op 6) is stale: 2 newer writes had completed"
                + " before it began, the first write(2) ok (op 2) 700 ns earlier");
        assertThat(first.ops()).containsExactly(0L, 1L, 2L, 3L, 6L, 7L);
        assertThat(r.anomalies().get(1).description()).contains("3 newer writes", "write(1) ok (op 0) 1100 ns");
        StaleReadDetails d = details(r);
        assertThat(d.readsChecked()).isEqualTo(4);
        assertThat(d.staleReads()).isEqualTo(2);
        assertThat(d.versionLag()).isEqualTo(new LagStats(3, 2, 3));
        assertThat(d.timeLagNanos()).isEqualTo(new LagStats(1100, 700, 1100));
    }

    @Test
    void aWriteThatBeganBeforeTheReadValueEndedIsNotCertainlyNewer() {
        History h = new H().invoke(0, "write", 1).invoke(1, "write", 2).ok(1, "write", 2).ok(0, "write", 1)
                .call(2, "read", null, 1).build();
        CheckResult r = check(h);
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
        assertThat(details(r).versionLag()).isEqualTo(new LagStats(0, 0, 0));
    }

    @Test
    void nothingIsCertainlyNewerThanAnUnknownWrite() {
        History h = new H().invoke(0, "write", 1).info(0, "write", 1).call(1, "write", 2, 2)
                .call(2, "read", null, 1).build();
        assertThat(check(h).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void unacknowledgedWritesDoNotMakeAReadStale() {
        History h = new H().call(0, "write", 1, 1).invoke(1, "write", 2).info(1, "write", 2)
                .call(2, "read", null, 1).build();
        assertThat(check(h).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void theAnomalyListIsCappedButTheCountIsNot() {
        H h = new H().call(0, "write", 1, 1).call(0, "write", 2, 2);
        for (int i = 0; i < 150; i++) {
            h.call(1, "read", null, 1);
        }
        CheckResult r = check(h.build());
        assertThat(r.anomalies()).hasSize(100);
        assertThat(details(r).staleReads()).isEqualTo(150);
        assertThat(details(r).anomaliesNotListed()).isEqualTo(50);
        assertThat(r.summary()).startsWith("150 stale reads of 150");
    }

    @Test
    void keysAreIndependent() {
        History h = new H().key("x").call(0, "write", 1, 1).key("y").call(0, "write", 2, 2)
                .key("x").call(1, "read", null, 1).key("y").call(1, "read", null, 2).build();
        assertThat(check(h).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void unwrittenValuesAreInvalidAndRepeatedValuesUnknown() {
        assertThat(check(new H().call(0, "write", 1, 1).call(1, "read", null, 5).build()).anomalies())
                .extracting(Anomaly::kind).containsExactly("unwritten-value");
        History twice = new H().call(0, "write", 1, 1).call(1, "write", 1, 1).call(2, "read", null, 1).build();
        assertThat(check(twice).verdict()).isEqualTo(Verdict.UNKNOWN);
    }
}
