package io.faultline.histories.check.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.testing.H;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session guarantees with crashed calls, unknown reads, and values no correct store returns. */
class SessionGuaranteesEdgeCasesTest {
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

    @Test
    void aCrashedWriteThatWasReadOrdersLikeAnyOther() {
        History h = new H().key("x").invoke(0, "write", 1).info(0, "write", 1).call(1, "read", null, 1)
                .key("y").call(1, "write", 1, 1).call(2, "read", null, 1)
                .key("x").call(2, "read", null, null).build();
        assertThat(verdicts(h)).containsExactly(OK, OK, OK, BAD);
    }

    @Test
    void aCrashedWriteFollowsItsSessionsEarlierWrites() {
        History h = new H().call(0, "write", 1, 1).invoke(0, "write", 2).info(0, "write", 2)
                .call(1, "read", null, 2).call(1, "read", null, 1).build();
        assertThat(verdicts(h)).containsExactly(OK, BAD, BAD, OK);
    }

    @Test
    void aCrashedSessionsSuccessorIsANewSession() {
        History h = new H().call(0, "write", 1, 1).invoke(0, "write", 2).info(0, "write", 2)
                .call(3, "read", null, null).build();
        assertThat(verdicts(h)).containsExactly(OK, OK, OK, OK);
    }

    @Test
    void unknownReadsObserveNothing() {
        History h = new H().call(0, "write", 1, 1).call(1, "read", null, 1)
                .invoke(1, "read", null).info(1, "read", null).build();
        CheckResult r = result(h, SessionGuarantee.MONOTONIC_READS);
        assertThat(r.verdict()).isEqualTo(OK);
        assertThat(((SessionRuleDetails) r.details()).readsChecked()).isEqualTo(1);
    }

    @Test
    void aReadOfAValueNobodyWroteBreaksEveryGuarantee() {
        History h = new H().call(0, "write", 1, 1).call(1, "read", null, 42).build();
        assertThat(verdicts(h)).containsExactly(BAD, BAD, BAD, BAD);
        assertThat(result(h, SessionGuarantee.MONOTONIC_WRITES).anomalies()).extracting(a -> a.kind())
                .containsExactly("unwritten-value");
    }

    @Test
    void aReadOfAFailedWritesValueBreaksEveryGuarantee() {
        History h = new H().invoke(0, "write", 1).fail(0, "write", 1, "rejected").call(1, "read", null, 1).build();
        assertThat(verdicts(h)).containsExactly(BAD, BAD, BAD, BAD);
        assertThat(result(h, SessionGuarantee.READ_YOUR_WRITES).anomalies()).extracting(a -> a.kind())
                .containsExactly("aborted-read");
    }

    @Test
    void valuesWrittenTwiceCannotBeAttributedSoTheVerdictIsUnknown() {
        History h = new H().call(0, "write", 1, 1).call(2, "write", 1, 1).call(1, "read", null, 1).build();
        assertThat(verdicts(h)).containsOnly(Verdict.UNKNOWN);
        assertThat(result(h, SessionGuarantee.READ_YOUR_WRITES).summary()).contains("written more than once");
    }

    @Test
    void aDeleteWritesTheInitialValueAgain() {
        History h = new H().call(0, "write", 1, 1).call(0, "delete", null, null).call(0, "read", null, null)
                .build();
        assertThat(verdicts(h)).containsOnly(Verdict.UNKNOWN);
    }

    @Test
    void setHistoriesAreNotRegisterHistories() {
        History h = new H().call(0, "add", 1, 1).call(1, "read", null, List.of(1L)).build();
        assertThat(verdicts(h)).containsOnly(Verdict.UNKNOWN);
    }
}
