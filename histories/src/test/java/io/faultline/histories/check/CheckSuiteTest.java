package io.faultline.histories.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.SetModel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CheckSuiteTest {

    private static Map<String, CheckResult> run(History h) {
        return CheckSuite.standard(new CasRegisterModel()).run(h, Budget.defaults()).stream()
                .collect(Collectors.toMap(CheckResult::checker, Function.identity()));
    }

    @Test
    void aLinearizableHistorySettlesTheChecksItImpliesButNotConvergence() {
        History h = History.of(List.of(
                Op.invoke(0, "write", null, 1L), Op.ok(0, "write", null, 1L),
                Op.invoke(1, "read", null, null), Op.ok(1, "read", null, 1L)));
        Map<String, CheckResult> results = run(h);
        assertThat(results.get("linearizable").verdict()).isEqualTo(Verdict.VALID);
        for (String implied : List.of("sequential", "session-guarantees", "stale-reads")) {
            assertThat(results.get(implied).summary()).as(implied).isEqualTo("implied by linearizable");
        }
        assertThat(results.get("eventual").summary()).isNotEqualTo("implied by linearizable");
    }

    @Test
    void aLinearizableHistoryWithoutFinalReadsIsEventuallyConsistentByImplication() {
        History h = History.of(List.of(
                Op.invoke(0, "write", null, 1L), Op.ok(0, "write", null, 1L),
                Op.invoke(1, "read", null, null), Op.ok(1, "read", null, 1L)));
        CheckResult eventual = run(h).get("eventual");
        assertThat(eventual.verdict()).isEqualTo(Verdict.VALID);
        assertThat(eventual.summary()).startsWith("implied by linearizable; on its own: no final reads");
    }

    @Test
    void aHistoryWhoseWritesAllFailedTestedNothing() {
        // the set workload's old bug: every add's cas failed, only reads succeeded, and every check passed
        History h = History.of(List.of(
                Op.invoke(0, "add", null, 1L), Op.fail(0, "add", null, 1L, "cas-contention"),
                Op.invoke(1, "read", null, null), Op.ok(1, "read", null, List.of())));
        CheckSuite suite = CheckSuite.of(List.of(new LinearizabilityChecker(new SetModel())));
        assertThat(suite.run(h, Budget.defaults()).get(0).verdict()).isEqualTo(Verdict.VALID);
        List<CheckResult> required = suite
                .requiring(List.of(HistoryRequirement.anOk("add"), HistoryRequirement.aFinalRead()))
                .run(h, Budget.defaults());
        assertThat(required).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(r.summary()).startsWith("vacuous: the history shows no acknowledged add and no final read,"
                    + " so it tested nothing");
        });
    }

    @Test
    void aViolationStaysAViolationEvenInAVacuousHistory() {
        History h = History.of(List.of(Op.invoke(1, "read", null, null), Op.ok(1, "read", null, 5L)));
        List<CheckResult> results = CheckSuite.standard(new CasRegisterModel())
                .requiring(List.of(HistoryRequirement.anOk("write"))).run(h, Budget.defaults());
        assertThat(results.get(0).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aWeakerCheckContradictingLinearizabilityIsAnInternalErrorNotAVerdict() {
        Checker lying = new Checker() {
            @Override
            public String name() {
                return "eventual";
            }

            @Override
            public CheckResult check(History history, Budget budget) {
                return CheckResult.invalid("eventual", "a lost write", List.of(), null);
            }
        };
        History h = History.of(List.of(Op.invoke(0, "write", null, 1L), Op.ok(0, "write", null, 1L)));
        CheckSuite suite = CheckSuite.of(List.of(new LinearizabilityChecker(new CasRegisterModel()), lying));
        assertThatThrownBy(() -> suite.run(h, Budget.defaults())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("checker disagreement");
    }

    @Test
    void aStaleButSequentialHistoryIsStillSearchedForASequentialOrder() {
        // p1 reads the initial nil after p0's write completed: not linearizable, but sequentially consistent
        History h = History.of(List.of(
                Op.invoke(0, "write", null, 1L), Op.ok(0, "write", null, 1L),
                Op.invoke(1, "read", null, null), Op.ok(1, "read", null, null)));
        Map<String, CheckResult> results = run(h);
        assertThat(results.get("linearizable").verdict()).isEqualTo(Verdict.INVALID);
        CheckResult sequential = results.get("sequential");
        assertThat(sequential.verdict()).isEqualTo(Verdict.VALID);
        assertThat(sequential.summary()).doesNotContain("implied").doesNotContain("the history is linearizable");
        assertThat(results.get("stale-reads").verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void anUnknownCheckNameListsTheValidOnes() {
        CheckSuite suite = CheckSuite.standard(new CasRegisterModel());
        assertThat(suite.only(List.of("eventual", "linearizable")).names())
                .containsExactly("linearizable", "eventual");
        assertThatThrownBy(() -> suite.only(List.of("serializable")))
                .hasMessageContaining("unknown check \"serializable\"").hasMessageContaining("sequential");
    }
}
