package io.faultline.histories.check.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.SetModel;
import io.faultline.histories.testing.H;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multi-key and set histories: keys are independent objects; a set loses no acknowledged element. */
class KvAndSetHistoriesTest {
    private final LinearizabilityChecker kv = new LinearizabilityChecker(new KvModel());
    private final LinearizabilityChecker set = new LinearizabilityChecker(new SetModel());

    @Test
    void keysAreIndependent() {
        H h = new H().key("x").call(0, "put", 1, null).key("y").call(1, "get", null, null)
                .key("x").call(1, "get", null, 1);
        assertThat(kv.check(h.build()).verdict()).isEqualTo(Verdict.VALID);
        H leaked = new H().key("x").call(0, "put", 1, null).key("y").call(1, "get", null, 1);
        assertThat(kv.check(leaked.build()).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void oneBadKeyAmongGoodOnesIsReportedByKey() {
        H h = new H();
        for (int k = 0; k < 20; k++) {
            h.key("k" + k).call(k, "put", k, null).call(k, "get", null, k);
        }
        h.key("k7").call(99, "append", "!", null).call(99, "get", null, "7");
        CheckResult r = kv.check(h.build());
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        LinearizabilityDetails d = (LinearizabilityDetails) r.details();
        assertThat(d.counterexample().key()).isEqualTo("k7");
        assertThat(d.partitions()).isEqualTo(20);
        assertThat(r.summary()).startsWith("not linearizable: key k7: get[k7]() → \"7\" cannot be placed after");
    }

    @Test
    void appendsConcatenateInLinearizationOrder() {
        H h = new H().key("x").invoke(0, "append", "a").invoke(1, "append", "b").ok(0, "append", "a")
                .ok(1, "append", "b").call(2, "get", null, "ba");
        assertThat(new LinearizabilityChecker(KvModel.porcupine()).check(h.build()).verdict())
                .isEqualTo(Verdict.VALID);
        H wrong = new H().key("x").call(0, "append", "a", null).call(1, "append", "b", null)
                .call(2, "get", null, "ba");
        assertThat(new LinearizabilityChecker(KvModel.porcupine()).check(wrong.build()).verdict())
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void aSetReadMissingAnAcknowledgedAddIsInvalid() {
        H lost = new H().call(0, "add", 1, null).call(1, "add", 2, null).call(2, "read", null, List.of(1L));
        assertThat(set.check(lost.build()).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aSetReadConcurrentWithAnAddMayMissIt() {
        H h = new H().call(0, "add", 1, null).invoke(1, "add", 2).call(2, "read", null, List.of(1L))
                .ok(1, "add", 2).call(2, "read", null, List.of(2L, 1L));
        assertThat(set.check(h.build()).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aSetReadOfAnElementNeverAddedIsInvalid() {
        H h = new H().call(0, "add", 1, null).call(2, "read", null, List.of(1L, 3L));
        assertThat(set.check(h.build()).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aCrashedAddMayShowUpLater() {
        H h = new H().invoke(1, "add", 2).info(1, "add", 2).call(2, "read", null, List.of())
                .call(2, "read", null, List.of(2L));
        assertThat(set.check(h.build()).verdict()).isEqualTo(Verdict.VALID);
    }
}
