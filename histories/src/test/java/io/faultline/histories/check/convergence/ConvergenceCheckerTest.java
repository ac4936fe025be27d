package io.faultline.histories.check.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.testing.H;
import io.faultline.histories.testing.Timed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConvergenceCheckerTest {

    private static CheckResult check(History h) {
        return new ConvergenceChecker().check(h, Budget.defaults());
    }

    private static ConvergenceDetails details(CheckResult r) {
        return (ConvergenceDetails) r.details();
    }

    @Nested
    class Registers {
        @Test
        void convergingOnTheLastWriteIsValid() {
            History h = new H().call(0, "write", 1, 1).call(1, "write", 2, 2).finalReads()
                    .call(2, "read", null, 2).call(3, "read", null, 2).build();
            CheckResult r = check(h);
            assertThat(r.verdict()).isEqualTo(Verdict.VALID);
            assertThat(details(r).keys()).singleElement().satisfies(k -> {
                assertThat(k.finalReads()).isEqualTo(2);
                assertThat(k.finalValue()).isEqualTo("2");
            });
        }

        @Test
        void aLaterWriteBeatenByAnEarlierOneIsLost() {
            // last-write-wins with a fast clock on the first writer: write 1 wins although write 2 came after it
            History h = new H().call(0, "write", 1, 1).call(1, "write", 2, 2).finalReads()
                    .call(2, "read", null, 1).call(3, "read", null, 1).build();
            CheckResult r = check(h);
            assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(r.anomalies()).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo("lost-write");
                assertThat(a.ops()).containsExactly(0L, 1L, 2L, 3L, 5L, 6L);
                assertThat(a.description()).isEqualTo("write(2) ok (op 2) was acknowledged, but the register"
                        + " converged to 1, written by write(1) ok (op 0), which finished before it began"
                        + " (final op 5)");
            });
            assertThat(details(r).lostWrites()).isEqualTo(1);
        }

        @Test
        void concurrentWritesMayConvergeEitherWay() {
            History h = new H().invoke(0, "write", 1).invoke(1, "write", 2).ok(1, "write", 2).ok(0, "write", 1)
                    .finalReads().call(2, "read", null, 1).build();
            assertThat(check(h).verdict()).isEqualTo(Verdict.VALID);
        }

        @Test
        void convergingBackToTheInitialValueLosesEveryAcknowledgedWrite() {
            History h = new H().call(0, "write", 1, 1).call(1, "write", 2, 2).finalReads()
                    .call(2, "read", null, null).build();
            assertThat(check(h).anomalies()).extracting(Anomaly::kind).containsExactly("lost-write", "lost-write");
        }

        @Test
        void convergingOnAFailedWritesValueIsAnAbortedReadAndLosesTheOthers() {
            History h = new H().call(0, "write", 1, 1).invoke(1, "write", 2).fail(1, "write", 2, "rejected")
                    .finalReads().call(2, "read", null, 2).build();
            assertThat(check(h).anomalies()).extracting(Anomaly::kind).containsExactly("aborted-read", "lost-write");
        }

        @Test
        void replicasThatDisagreeDiverge() {
            History h = new H().call(0, "write", 1, 1).call(1, "write", 2, 2).finalReads()
                    .call(2, "read", null, 2).call(3, "read", null, 1).call(2, "read", null, 2).build();
            CheckResult r = check(h);
            assertThat(r.anomalies()).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo("divergence");
                assertThat(a.description()).isEqualTo("final reads of the register disagree: 2 returned 2,"
                        + " 1 returned 1");
                assertThat(a.ops()).containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
            });
            assertThat(details(r).divergentKeys()).isEqualTo(1);
        }

        @Test
        void anUnknownWriteMayLandWhileTheFinalReadsRun() {
            H h = new H().call(0, "write", 1, 1).invoke(1, "write", 2).info(1, "write", 2).finalReads()
                    .call(2, "read", null, 1).call(3, "read", null, 2);
            CheckResult r = check(h.call(2, "read", null, 2).build());
            assertThat(r.verdict()).isEqualTo(Verdict.VALID);
            assertThat(details(r).keys().get(0).note()).contains("landed");
            History back = new H().call(0, "write", 1, 1).invoke(1, "write", 2).info(1, "write", 2).finalReads()
                    .call(2, "read", null, 2).call(3, "read", null, 1).build();
            assertThat(check(back).verdict()).isEqualTo(Verdict.INVALID);
        }

        @Test
        void anUnknownWriteThatNeverLandsIsNotLost() {
            History h = new H().call(0, "write", 1, 1).invoke(1, "write", 2).info(1, "write", 2).finalReads()
                    .call(2, "read", null, 1).build();
            assertThat(check(h).verdict()).isEqualTo(Verdict.VALID);
        }

        @Test
        void readsBeforeTheLastWriteEndedAreNotFinal() {
            History h = new H().finalReads().call(0, "write", 1, 1).invoke(1, "write", 2).call(2, "read", null, 1)
                    .ok(1, "write", 2).build();
            CheckResult r = check(h);
            assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(r.summary()).contains("1 of 1 keys cannot be judged");
        }

        @Test
        void aValueNobodyWroteIsInvalidEvenBeforeTheEnd() {
            History h = new H().call(0, "write", 1, 1).call(1, "read", null, 7).call(0, "write", 2, 2)
                    .call(1, "read", null, 2).build();
            assertThat(check(h).anomalies()).extracting(Anomaly::kind).containsExactly("unwritten-value");
        }

        @Test
        void aSettleTimeLetsTheStoreConvergeBeforeReadsMustAgree() {
            History h = new Timed().invoke(0, 0, "write", 1L).ok(10, 0, "write", 1L).finalReads(15)
                    .invoke(20, 1, "read", null).ok(30, 1, "read", null)
                    .invoke(1000, 1, "read", null).ok(1010, 1, "read", 1L).build();
            assertThat(check(h).verdict()).isEqualTo(Verdict.INVALID);
            CheckResult settled = new ConvergenceChecker().withSettle(Duration.ofNanos(500))
                    .check(h, Budget.defaults());
            assertThat(settled.verdict()).isEqualTo(Verdict.VALID);
            assertThat(details(settled).keys().get(0).finalReads()).isEqualTo(1);
        }

        @Test
        void readsBeforeTheNemesisStoppedAreNotFinal() {
            History h = History.of(List.of(Op.invoke(0, "write", null, 1L), Op.ok(0, "write", null, 1L),
                    Op.invoke(1, "read", null, null), Op.ok(1, "read", null, null),
                    new Op(-1, -1, OpType.INFO, Op.NEMESIS, "stop-partition", null, null, null, null),
                    Op.invoke(1, "read", null, null), Op.ok(1, "read", null, 1L)));
            CheckResult r = check(h);
            assertThat(r.verdict()).isEqualTo(Verdict.VALID);
            assertThat(details(r).keys().get(0).finalReads()).isEqualTo(1);
        }

        @Test
        void aHistoryWithoutAFinalReadPhaseIsNotJudgedOnItsLastReads() {
            // the reads that came last disagree, but nothing says the store was given time to converge
            History h = new H().call(0, "write", 1, 1).call(1, "write", 2, 2)
                    .call(2, "read", null, 2).call(3, "read", null, 1).build();
            CheckResult r = check(h);
            assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(r.summary()).startsWith("no final reads: the history has no final-read phase");
        }

        @Test
        void finalReadsOfAValueWrittenTwiceCannotBeToldApart() {
            History h = new H().call(0, "write", 1, 1).call(1, "write", 2, 2).call(2, "write", 1, 1).finalReads()
                    .call(3, "read", null, 1).call(4, "read", null, 2).build();
            CheckResult r = check(h);
            assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(details(r).keys().get(0).note()).contains("more than one write wrote");
        }

        @Test
        void aFinalReadOfAnOverwrittenValueLosesTheWriteEvenIfAnUnknownWriteLandsLater() {
            History h = new H().call(0, "write", 1, 1).call(1, "write", 2, 2).invoke(2, "write", 3)
                    .info(2, "write", 3).finalReads().call(3, "read", null, 1).call(4, "read", null, 3).build();
            CheckResult r = check(h);
            assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(r.anomalies()).extracting(Anomaly::kind).containsExactly("lost-write");
        }

        @Test
        void eachKeyIsJudgedOnItsOwn() {
            History h = new H().finalReads().key("x").call(0, "write", 1, 1).call(1, "read", null, 1)
                    .key("y").call(0, "write", 1, 1).build();
            CheckResult r = check(h);
            assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(details(r).keysChecked()).isEqualTo(1);
            assertThat(details(r).keysWithoutFinals()).isEqualTo(1);
        }
    }

    @Nested
    class Sets {
        @Test
        void everyAcknowledgedAddInEveryFinalReadIsValid() {
            History h = new H().call(0, "add", 1, 1).call(1, "add", 2, 2).finalReads()
                    .call(2, "read", null, List.of(1L, 2L)).call(3, "read", null, List.of(2L, 1L)).build();
            assertThat(check(h).verdict()).isEqualTo(Verdict.VALID);
        }

        @Test
        void anAcknowledgedAddMissingFromAFinalReadIsLost() {
            History h = new H().call(0, "add", 1, 1).call(1, "add", 2, 2).finalReads()
                    .call(2, "read", null, List.of(1L)).build();
            CheckResult r = check(h);
            assertThat(r.anomalies()).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo("lost-write");
                assertThat(a.description()).isEqualTo("add(2) ok (op 2) was acknowledged, but the final"
                        + " read() → [1] (op 5) lacks it");
            });
        }

        @Test
        void anElementNobodyAddedIsUnwritten() {
            History h = new H().call(0, "add", 1, 1).call(2, "read", null, List.of(1L, 99L)).build();
            assertThat(check(h).anomalies()).extracting(Anomaly::kind).containsExactly("unwritten-value");
        }

        @Test
        void anUnknownAddMayOrMayNotAppear() {
            History h = new H().call(0, "add", 1, 1).invoke(1, "add", 2).info(1, "add", 2).finalReads()
                    .call(2, "read", null, List.of(1L)).call(3, "read", null, List.of(1L, 2L)).build();
            assertThat(check(h).verdict()).isEqualTo(Verdict.VALID);
        }

        @Test
        void unknownAddsLandInOneOrderForEveryRead() {
            // 2 without 3 and 3 without 2: no single order of landings explains both reads
            History h = new H().call(0, "add", 1, 1).invoke(1, "add", 2).info(1, "add", 2)
                    .invoke(2, "add", 3).info(2, "add", 3).finalReads().invoke(3, "read", null)
                    .invoke(4, "read", null).ok(3, "read", List.of(1L, 2L)).ok(4, "read", List.of(1L, 3L)).build();
            CheckResult r = check(h);
            assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(r.anomalies()).singleElement().satisfies(a -> assertThat(a.description())
                    .contains("neither set inside the other"));
        }

        @Test
        void withoutAFinalReadTheSetIsUnknown() {
            History h = new H().call(0, "add", 1, 1).call(2, "read", null, List.of(1L)).call(1, "add", 2, 2).build();
            assertThat(check(h).verdict()).isEqualTo(Verdict.UNKNOWN);
        }
    }
}
