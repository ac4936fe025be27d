package io.faultline.histories.check.sequential;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.RegisterModel;
import io.faultline.histories.model.SetModel;
import io.faultline.histories.testing.H;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequentialCheckerTest {
    private static final Budget BUDGET = Budget.defaults();

    private static CheckResult sequential(History h) {
        return new SequentialChecker(new RegisterModel()).check(h, BUDGET);
    }

    @Test
    void aStaleReadOnAnotherProcessIsSequentialButNotLinearizable() {
        History h = new H().call(0, "write", 1, 1).call(1, "read", null, null).build();
        assertThat(sequential(h).verdict()).isEqualTo(Verdict.VALID);
        assertThat(new LinearizabilityChecker(new RegisterModel()).check(h, BUDGET).verdict())
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void aProcessThatSeesOneWritersWritesOutOfOrderIsNotSequential() {
        History h = new H().call(0, "write", 1, 1).call(0, "write", 2, 2)
                .call(1, "read", null, 2).call(1, "read", null, 1).build();
        CheckResult r = sequential(h);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("not-sequential");
            assertThat(a.ops()).contains(6L, 7L);
        });
        assertThat(((SequentialDetails) r.details()).longestOrder()).isEqualTo(3);
    }

    @Test
    void readersThatSeeIndependentWritesInOppositeOrdersAreNotSequential() {
        // IRIW: each key alone is sequentially consistent; jointly no single order exists
        History h = new H().key("x").call(0, "write", 1, 1).key("y").call(1, "write", 1, 1)
                .key("x").call(2, "read", null, 1).key("y").call(2, "read", null, null)
                .key("y").call(3, "read", null, 1).key("x").call(3, "read", null, null).build();
        assertThat(new SequentialChecker(new KvModel()).check(h, BUDGET).verdict()).isEqualTo(Verdict.INVALID);
        History onlyX = new H().key("x").call(0, "write", 1, 1).call(2, "read", null, 1)
                .call(3, "read", null, null).build();
        assertThat(new SequentialChecker(new KvModel()).check(onlyX, BUDGET).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void readersThatAgreeOnTheOrderOfIndependentWritesAreSequential() {
        History h = new H().key("x").call(0, "write", 1, 1).key("y").call(1, "write", 1, 1)
                .key("x").call(2, "read", null, 1).key("y").call(2, "read", null, null)
                .key("x").call(3, "read", null, 1).key("y").call(3, "read", null, 1).build();
        assertThat(new SequentialChecker(new KvModel()).check(h, BUDGET).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void saysWhichPhaseFoundTheOrder() {
        History linearizable = new H().call(0, "write", 1, 1).call(1, "read", null, 1).build();
        assertThat(sequential(linearizable).summary()).contains("the history is linearizable");
        // a follower read: writes in real-time order, one read behind them
        History lagging = new H().key("x").call(0, "write", 1, 1).key("y").call(0, "write", 1, 1)
                .key("y").call(1, "read", null, 1).key("x").call(1, "read", null, 1)
                .key("x").call(0, "write", 2, 2).call(1, "read", null, 1).build();
        assertThat(new SequentialChecker(new KvModel()).check(lagging, BUDGET).summary())
                .contains("an order keeping writes in real-time order");
        // the only order puts the second write first
        History reordered = new H().call(0, "write", 1, 1).call(1, "write", 2, 2)
                .call(2, "read", null, 2).call(2, "read", null, 1).build();
        CheckResult r = sequential(reordered);
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
        assertThat(((SequentialDetails) r.details()).foundBy()).isEqualTo("the complete search");
    }

    @Test
    void aCrashedWriteMayBePlacedToExplainARead() {
        History h = new H().invoke(0, "write", 1).info(0, "write", 1).call(1, "read", null, 1).build();
        assertThat(sequential(h).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aCrashedWriteMayBeLeftOut() {
        History h = new H().invoke(0, "write", 1).info(0, "write", 1)
                .call(1, "read", null, null).call(1, "read", null, null).build();
        assertThat(sequential(h).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aCrashedWriteTakesEffectAtMostOnce() {
        History h = new H().call(0, "write", 1, 1).invoke(1, "write", 2).info(1, "write", 2)
                .call(2, "read", null, 2).call(2, "read", null, 1).call(2, "read", null, 2).build();
        assertThat(sequential(h).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aFailedWriteDidNotHappen() {
        H base = new H().invoke(0, "write", 1).fail(0, "write", 1, "rejected");
        assertThat(sequential(base.call(1, "read", null, 1).build()).verdict()).isEqualTo(Verdict.INVALID);
        History h = new H().invoke(0, "write", 1).fail(0, "write", 1, "rejected").call(1, "read", null, null).build();
        assertThat(sequential(h).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void unknownReadsAreIgnored() {
        History h = new H().call(0, "write", 1, 1).invoke(1, "read", null).info(1, "read", null).build();
        assertThat(sequential(h).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void casRegistersAndSetsAreCheckedThroughTheirModels() {
        History cas = new H().call(0, "write", 1, 1).call(1, "cas", H.pair(1, 2), H.pair(1, 2))
                .call(0, "read", null, 2).build();
        assertThat(new SequentialChecker(new CasRegisterModel()).check(cas, BUDGET).verdict())
                .isEqualTo(Verdict.VALID);
        History set = new H().call(0, "add", 1, 1).call(1, "read", null, List.of(1L))
                .call(1, "read", null, List.of()).build();
        assertThat(new SequentialChecker(new SetModel()).check(set, BUDGET).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aSearchTooLargeForTheBudgetIsUnknownNotInvalid() {
        H h = new H();
        for (int round = 0; round < 6; round++) {
            for (int p = 0; p < 6; p++) {
                h.invoke(p, "write", 100 * p + round);
            }
            for (int p = 0; p < 6; p++) {
                h.ok(p, "write", 100 * p + round);
            }
        }
        // process 0 wrote 0 before 1, so no order lets a reader see 1 and then 0; proving it means trying them all
        History impossible = h.call(7, "read", null, 1).call(7, "read", null, 0).build();
        CheckResult r = new SequentialChecker(new RegisterModel())
                .check(impossible, BUDGET.withMemoryBytes(10_000));
        assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(r.summary()).contains("memory ceiling");
        CheckResult timed = new SequentialChecker(new RegisterModel())
                .check(impossible, BUDGET.withTimeLimit(Duration.ZERO));
        assertThat(timed.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(timed.summary()).contains("time limit");
    }

    @Test
    void aCallThatFitsNoReachableStateIsFoundWithoutSearching() {
        History h = new H().call(0, "write", 1, 1).call(1, "write", 2, 2).call(2, "read", null, 5).build();
        CheckResult r = sequential(h);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo("read() → 5 (op 4, process 2) fits no state the register model"
                    + " can reach, whatever the order: no order can include it");
            assertThat(a.ops()).containsExactly(4L, 5L);
        });
        assertThat(((SequentialDetails) r.details()).steps()).isZero();
    }

    @Test
    void aSmallImpossibleHistoryIsRuledOutCompletely() {
        History h = new H().call(0, "write", 0, 0).call(0, "write", 1, 1).call(1, "write", 2, 2)
                .call(7, "read", null, 1).call(7, "read", null, 0).build();
        CheckResult r = sequential(h);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.summary()).contains("no order continued from there with any of read() → 0 (op 8, process 7)");
    }
}
