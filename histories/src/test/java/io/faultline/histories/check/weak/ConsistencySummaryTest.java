package io.faultline.histories.check.weak;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.model.RegisterModel;
import io.faultline.histories.testing.H;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencySummaryTest {
    private static final Verdict V = Verdict.VALID;
    private static final Verdict U = Verdict.UNKNOWN;
    private static final Verdict I = Verdict.INVALID;

    private static CheckResult r(String name, Verdict v, Anomaly... anomalies) {
        return new CheckResult(name, v, name + " " + v, List.of(anomalies), null);
    }

    /** Results for linearizable, sequential, the four guarantees and eventual; null leaves one out. */
    private static List<CheckResult> ladder(Verdict lin, Verdict seq, Verdict ryw, Verdict mr, Verdict mw,
                                            Verdict wfr, Verdict eventual) {
        List<CheckResult> out = new ArrayList<>();
        String[] names = {"linearizable", "sequential", "read-your-writes", "monotonic-reads", "monotonic-writes",
            "writes-follow-reads", "eventual"};
        Verdict[] verdicts = {lin, seq, ryw, mr, mw, wfr, eventual};
        for (int i = 0; i < names.length; i++) {
            if (verdicts[i] != null) {
                out.add(r(names[i], verdicts[i]));
            }
        }
        return out;
    }

    private static Summary summary(Verdict lin, Verdict seq, Verdict ryw, Verdict mr, Verdict mw, Verdict wfr,
                                   Verdict eventual) {
        return ConsistencySummary.of(ladder(lin, seq, ryw, mr, mw, wfr, eventual));
    }

    @Test
    void allValidIsLinearizable() {
        Summary s = summary(V, V, V, V, V, V, V);
        assertThat(s.strongest()).isEqualTo("linearizable");
        assertThat(s.statement()).isEqualTo("linearizable");
    }

    @Test
    void anUndecidedStrongerLevelIsNamed() {
        assertThat(summary(U, V, V, V, V, V, V).statement()).isEqualTo("at least sequential; linearizable unknown");
        assertThat(summary(null, V, V, V, V, V, V).statement())
                .isEqualTo("at least sequential; linearizable not checked");
    }

    @Test
    void failingSessionGuaranteesAreNamed() {
        Summary s = summary(I, I, V, I, V, I, V);
        assertThat(s.strongest()).isEqualTo("eventual");
        assertThat(s.statement()).isEqualTo("eventual; session guarantees fail: monotonic-reads, writes-follow-reads");
        assertThat(s.verdicts()).containsEntry("session", I);
    }

    @Test
    void aWeakerLevelThatFailsBelowTheStrongestIsReported() {
        assertThat(summary(I, V, V, V, V, V, I).statement()).isEqualTo("sequential; but eventual fails");
    }

    @Test
    void nothingValidIsNone() {
        assertThat(summary(I, I, I, I, I, I, I).statement()).isEqualTo("none; session guarantees fail:"
                + " read-your-writes, monotonic-reads, monotonic-writes, writes-follow-reads");
        Summary undecided = summary(I, I, V, V, I, V, U);
        assertThat(undecided.strongest()).isEqualTo("none");
        assertThat(undecided.statement())
                .isEqualTo("none established; eventual unknown; session guarantees fail: monotonic-writes");
    }

    @Test
    void aSessionLevelWithMissingGuaranteesIsUnknown() {
        Summary s = summary(I, I, V, V, null, V, V);
        assertThat(s.verdicts()).containsEntry("session", U).doesNotContainKey("monotonic-writes");
        assertThat(s.statement()).isEqualTo("at least eventual; session unknown");
    }

    @Test
    void anAnomalyReportedByManyCheckersIsListedOnce() {
        Anomaly garbage = new Anomaly("unwritten-value", "read() → 9 (op 4) observed 9", List.of(4L, 5L));
        Anomaly stale = new Anomaly("stale-read", "read() → 1 (op 6) is stale", List.of(6L, 7L));
        Summary s = ConsistencySummary.of(List.of(r("eventual", I, garbage), r("monotonic-reads", I, garbage),
                r("stale-reads", I, garbage, stale)));
        assertThat(s.anomalies()).containsExactly(
                new Finding("unwritten-value", "read() → 9 (op 4) observed 9", List.of(4L, 5L),
                        List.of("monotonic-reads", "eventual", "stale-reads")),
                new Finding("stale-read", "read() → 1 (op 6) is stale", List.of(6L, 7L), List.of("stale-reads")));
        assertThat(s.verdicts()).containsEntry("stale-reads", I);
    }

    @Test
    void rendersATable() {
        Anomaly mr = new Anomaly("monotonic-reads", "process 1: read() → 1 (op 6) …", List.of(4L, 5L, 6L, 7L));
        List<CheckResult> results = new ArrayList<>(ladder(U, V, V, V, V, V, V));
        results.set(3, r("monotonic-reads", I, mr));
        results.add(r("stale-reads", V));
        assertThat(ConsistencySummary.of(results).render()).isEqualTo("""
                model                 verdict
                linearizable          unknown
                sequential            valid
                session guarantees    invalid
                  read-your-writes    valid
                  monotonic-reads     invalid
                  monotonic-writes    valid
                  writes-follow-reads valid
                eventual              valid
                stale-reads           valid

                strongest: at least sequential; linearizable unknown; session guarantees fail: monotonic-reads
                anomalies (1):
                  monotonic-reads [4, 5, 6, 7] process 1: read() → 1 (op 6) …
                """);
    }

    @Test
    void summarizesTheDefaultCheckersOnARealHistory() {
        // a stale read by another process: sequential, session guarantees hold, converged, but not linearizable
        History h = new H().call(0, "write", 1, 1).call(1, "read", null, null).call(0, "write", 2, 2)
                .call(1, "read", null, 2).call(2, "read", null, 2).build();
        List<Checker> checkers = new ArrayList<>(Checkers.weaker(new RegisterModel()));
        checkers.add(new LinearizabilityChecker(new RegisterModel()));
        Summary s = ConsistencySummary.of(Checkers.run(checkers, h, Budget.defaults()));
        assertThat(s.strongest()).isEqualTo("sequential");
        assertThat(s.statement()).isEqualTo("sequential");
        assertThat(s.verdicts()).containsEntry("stale-reads", I).containsEntry("monotonic-reads", V);
        assertThat(s.anomalies()).extracting(Finding::kind).containsExactly("not-linearizable", "stale-read");
    }
}
