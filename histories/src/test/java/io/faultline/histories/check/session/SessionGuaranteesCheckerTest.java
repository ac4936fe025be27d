package io.faultline.histories.check.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.testing.H;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionGuaranteesCheckerTest {
    private static final SessionGuaranteesChecker CHECKER = new SessionGuaranteesChecker();
    private static final Verdict OK = Verdict.VALID;
    private static final Verdict BAD = Verdict.INVALID;

    /** Verdicts in order: read-your-writes, monotonic-reads, monotonic-writes, writes-follow-reads. */
    private static List<Verdict> verdicts(History h) {
        return CHECKER.checkEach(h, Budget.defaults()).stream().map(CheckResult::verdict).toList();
    }

    private static CheckResult result(History h, SessionGuarantee g) {
        return CHECKER.only(g).check(h, Budget.defaults());
    }

    @Nested
    class ReadYourWrites {
        @Test
        void aSessionReadsItsOwnWrite() {
            History h = new H().call(0, "write", 1, 1).call(0, "read", null, 1).build();
            assertThat(verdicts(h)).containsExactly(OK, OK, OK, OK);
        }

        @Test
        void readingTheInitialValueAfterItsOwnWriteIsAViolation() {
            History h = new H().call(0, "write", 1, 1).call(0, "read", null, null).build();
            assertThat(verdicts(h)).containsExactly(BAD, OK, OK, OK);
            assertThat(result(h, SessionGuarantee.READ_YOUR_WRITES).anomalies()).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo("read-your-writes");
                assertThat(a.ops()).containsExactly(0L, 1L, 2L, 3L);
                assertThat(a.description()).isEqualTo("process 0: read() → nil (op 2) returned the initial value,"
                        + " which precedes its own earlier write(1) ok (op 0)");
            });
        }

        @Test
        void readingAVersionItsWriteFollowedIsAViolation() {
            // process 0 read 1 before writing 2, so 1 precedes 2; reading 1 afterwards loses its own write
            History h = new H().call(1, "write", 1, 1).call(0, "read", null, 1).call(0, "write", 2, 2)
                    .call(0, "read", null, 1).build();
            assertThat(verdicts(h)).containsExactly(BAD, OK, OK, OK);
        }

        @Test
        void anotherSessionsConcurrentWriteMayHideItsOwn() {
            History h = new H().invoke(0, "write", 1).invoke(1, "write", 2).ok(0, "write", 1).ok(1, "write", 2)
                    .call(0, "read", null, 2).build();
            assertThat(verdicts(h)).containsExactly(OK, OK, OK, OK);
        }
    }

    @Nested
    class MonotonicReads {
        @Test
        void readingOlderAfterNewerFromOneWriterIsAViolation() {
            History h = new H().call(0, "write", 1, 1).call(0, "write", 2, 2)
                    .call(1, "read", null, 2).call(1, "read", null, 1).build();
            CheckResult r = result(h, SessionGuarantee.MONOTONIC_READS);
            assertThat(r.verdict()).isEqualTo(BAD);
            assertThat(r.anomalies()).singleElement().satisfies(a -> assertThat(a.description()).isEqualTo(
                    "process 1: read() → 1 (op 6) returned a version known to precede what its earlier"
                            + " read() → 2 (op 4) returned"));
        }

        @Test
        void readingTheInitialValueAfterAWriteIsAViolation() {
            History h = new H().call(0, "write", 1, 1).call(1, "read", null, 1).call(1, "read", null, null).build();
            assertThat(verdicts(h)).containsExactly(OK, BAD, OK, OK);
        }

        @Test
        void risingReadsAreFine() {
            History h = new H().call(1, "read", null, null).call(0, "write", 1, 1).call(1, "read", null, 1)
                    .call(1, "read", null, 1).call(0, "write", 2, 2).call(1, "read", null, 2).build();
            assertThat(verdicts(h)).containsExactly(OK, OK, OK, OK);
        }

        @Test
        void writesOfUnrelatedSessionsHaveNoKnownOrder() {
            History h = new H().call(0, "write", 1, 1).call(2, "write", 2, 2)
                    .call(1, "read", null, 2).call(1, "read", null, 1).build();
            assertThat(verdicts(h)).containsExactly(OK, OK, OK, OK);
        }

        @Test
        void aCasOrdersTheValueItSawBeforeTheValueItWrote() {
            History h = new H().call(0, "write", 1, 1).call(2, "cas", H.pair(1, 2), H.pair(1, 2))
                    .call(1, "read", null, 2).call(1, "read", null, 1).build();
            assertThat(verdicts(h)).containsExactly(OK, BAD, OK, OK);
        }
    }

    @Nested
    class MonotonicWrites {
        @Test
        void seeingALaterWriteButNotAnEarlierOneOfTheSameWriterIsAViolation() {
            History h = new H().key("x").call(0, "write", 1, 1).key("y").call(0, "write", 1, 1)
                    .key("y").call(1, "read", null, 1).key("x").call(1, "read", null, null).build();
            assertThat(verdicts(h)).containsExactly(OK, OK, BAD, OK);
            assertThat(result(h, SessionGuarantee.MONOTONIC_WRITES).anomalies().get(0).description()).isEqualTo(
                    "process 1: read[x]() → nil (op 6) returned the initial value, which precedes write[x](1) ok"
                            + " (op 0), which process 0 wrote before write[y](1) ok (op 2), which this session"
                            + " had read (op 4)");
        }

        @Test
        void seeingBothWritesIsFine() {
            History h = new H().key("x").call(0, "write", 1, 1).key("y").call(0, "write", 1, 1)
                    .key("y").call(1, "read", null, 1).key("x").call(1, "read", null, 1).build();
            assertThat(verdicts(h)).containsExactly(OK, OK, OK, OK);
        }

        @Test
        void onOneKeyTheEarlierWriteItselfMayNotReappear() {
            History h = new H().call(0, "write", 1, 1).call(0, "write", 2, 2)
                    .call(1, "read", null, 2).call(1, "read", null, 1).build();
            assertThat(verdicts(h)).containsExactly(OK, BAD, BAD, OK);
        }
    }

    @Nested
    class WritesFollowReads {
        @Test
        void aWriteVisibleWithoutTheReadItFollowedIsAViolation() {
            History h = new H().key("x").call(0, "write", 1, 1).call(1, "read", null, 1)
                    .key("y").call(1, "write", 1, 1).call(2, "read", null, 1)
                    .key("x").call(2, "read", null, null).build();
            assertThat(verdicts(h)).containsExactly(OK, OK, OK, BAD);
            assertThat(result(h, SessionGuarantee.WRITES_FOLLOW_READS).anomalies()).singleElement()
                    .satisfies(a -> assertThat(a.ops()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L));
        }

        @Test
        void aVersionOlderThanTheOneReadIsAlsoAViolation() {
            History h = new H().key("x").call(0, "write", 1, 1).call(0, "write", 2, 2).call(1, "read", null, 2)
                    .key("y").call(1, "write", 1, 1).call(2, "read", null, 1)
                    .key("x").call(2, "read", null, 1).build();
            assertThat(verdicts(h)).containsExactly(OK, OK, OK, BAD);
        }

        @Test
        void seeingTheWriteAndWhatItFollowedIsFine() {
            History h = new H().key("x").call(0, "write", 1, 1).call(1, "read", null, 1)
                    .key("y").call(1, "write", 1, 1).call(2, "read", null, 1)
                    .key("x").call(2, "read", null, 1).build();
            assertThat(verdicts(h)).containsExactly(OK, OK, OK, OK);
        }
    }

    @Test
    void theCombinedResultCarriesEachGuaranteeAndTheWorstVerdict() {
        History h = new H().call(0, "write", 1, 1).call(0, "read", null, null).build();
        CheckResult all = CHECKER.check(h, Budget.defaults());
        assertThat(all.checker()).isEqualTo("session-guarantees");
        assertThat(all.verdict()).isEqualTo(BAD);
        Map<String, Verdict> each = new LinkedHashMap<>();
        ((SessionGuaranteesDetails) all.details()).guarantees().forEach(r -> each.put(r.checker(), r.verdict()));
        assertThat(each).containsExactly(entry("read-your-writes", BAD), entry("monotonic-reads", OK),
                entry("monotonic-writes", OK), entry("writes-follow-reads", OK));
    }
}
