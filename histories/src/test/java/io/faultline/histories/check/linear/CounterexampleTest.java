package io.faultline.histories.check.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Counterexample;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.testing.CallHistory;
import io.faultline.histories.testing.H;
import org.junit.jupiter.api.Test;

/** The counterexample names the call that cannot be placed, the order before it, and is shrunk soundly. */
class CounterexampleTest {
    private final CasRegisterModel model = new CasRegisterModel();

    private static Counterexample counterexampleOf(CheckResult r) {
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        return ((LinearizabilityDetails) r.details()).counterexample();
    }

    @Test
    void namesTheUnplaceableCallTheLongestPrefixAndTheStateAfterIt() {
        History h = new H().call(0, "write", 1, 1).call(0, "write", 2, 2).call(1, "read", null, 1).build();
        CheckResult r = new LinearizabilityChecker(model).withShrinking(false).check(h);
        Counterexample c = counterexampleOf(r);
        assertThat(c.unplaceable()).isEqualTo(2);
        assertThat(c.unplaceableText()).isEqualTo("read() → 1");
        assertThat(c.longestPrefix()).containsExactly(0, 1);
        assertThat(c.stateAfterPrefix()).isEqualTo("2");
        assertThat(c.shrunk()).isFalse();
        assertThat(r.summary()).isEqualTo("not linearizable: read() → 1 cannot be placed after write(1) ok, "
                + "write(2) ok (state 2)");
        assertThat(r.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("not-linearizable");
            assertThat(a.ops()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        });
    }

    /** 60 good calls, the violation in the middle, 60 more good calls after it. */
    private static History longHistoryWithOneStaleRead() {
        H h = new H();
        for (int i = 0; i < 30; i++) {
            h.call(0, "write", i, i).call(1, "read", null, i);
        }
        h.call(0, "write", 100, 100).call(1, "read", null, 29);
        for (int i = 200; i < 230; i++) {
            h.call(0, "write", i, i).call(1, "read", null, i);
        }
        return h.build();
    }

    @Test
    void shrinksToASmallSubHistoryThatStillFailsOnItsOwn() {
        History h = longHistoryWithOneStaleRead();
        Counterexample c = counterexampleOf(new LinearizabilityChecker(model).check(h));
        assertThat(c.shrunk()).isTrue();
        // writes cannot be dropped soundly (a later read may need them); every other read and the tail can
        assertThat(c.calls()).hasSize(32).hasSizeLessThan(h.calls().size());
        assertThat(c.calls()).filteredOn(call -> call.f().equals("read")).extracting(Call::output)
                .containsExactly(29L);
        assertThat(c.calls()).allMatch(call -> call.invokeIndex() <= 122);
        assertThat(c.unplaceableText()).isEqualTo("read() → 29");
        assertThat(new LinearizabilityChecker(model).check(CallHistory.of(c.calls())).verdict())
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void truncationTurnsCompletionsAfterTheCutIntoPendingCalls() {
        // the read of 2 fails only because of the later cas; the concurrent write of 2 must stay visible
        History h = new H().invoke(1, "read", null).invoke(0, "write", 2).ok(1, "read", 2).ok(0, "write", 2)
                .call(0, "write", 5, 5).call(2, "cas", H.pair(2, 3), H.pair(2, 3)).build();
        Counterexample c = counterexampleOf(new LinearizabilityChecker(model).check(h));
        assertThat(c.unplaceableText()).isEqualTo("cas(2→3) ok");
        assertThat(new LinearizabilityChecker(model).check(CallHistory.of(c.calls())).verdict())
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void withoutShrinkingTheWholeFailingPartitionIsReported() {
        History h = longHistoryWithOneStaleRead();
        Counterexample c = counterexampleOf(new LinearizabilityChecker(model).withShrinking(false).check(h));
        assertThat(c.calls()).hasSize(h.calls().size());
        assertThat(c.longestPrefix()).hasSizeGreaterThanOrEqualTo(60);
    }
}
