package io.faultline.histories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryBuilderTest {

    @Test
    void pairsInvocationsWithCompletionsInInvocationOrder() {
        History h = History.of(List.of(
                Op.invoke(0, "write", null, 1L),
                Op.invoke(1, "read", null, null),
                Op.ok(1, "read", null, 1L),
                Op.ok(0, "write", null, 1L)));
        assertThat(h.calls()).hasSize(2);
        Call write = h.calls().get(0);
        assertThat(write.f()).isEqualTo("write");
        assertThat(write.invokeIndex()).isZero();
        assertThat(write.completeIndex()).isEqualTo(3);
        assertThat(h.calls().get(1).output()).isEqualTo(1L);
        assertThat(h.calls().get(1).precedes(write)).isFalse();
    }

    @Test
    void infoAndMissingCompletionsAreUnknownAndNeverReturn() {
        History h = History.of(List.of(
                Op.invoke(0, "write", null, 1L),
                Op.info(0, "write", null, 1L, "timeout"),
                Op.invoke(1, "write", null, 2L)));
        assertThat(h.calls()).extracting(Call::outcome).containsExactly(Outcome.UNKNOWN, Outcome.UNKNOWN);
        assertThat(h.calls().get(0).output()).isNull();
        assertThat(h.calls().get(0).returnIndex()).isEqualTo(Long.MAX_VALUE);
        assertThat(h.calls().get(1).completeIndex()).isEqualTo(-1);
    }

    @Test
    void failedCallsKeepTheirOutcome() {
        History h = History.of(List.of(Op.invoke(0, "cas", null, List.of(1L, 2L)),
                Op.fail(0, "cas", null, List.of(1L, 2L), "precondition-failed")));
        assertThat(h.calls().get(0).isFail()).isTrue();
        assertThat(h.calls().get(0).error()).isEqualTo("precondition-failed");
    }

    @Test
    void rejectsACompletionWithoutInvoke() {
        assertThatThrownBy(() -> History.of("h.jsonl", List.of(Op.ok(3, "read", null, 1L))))
                .isInstanceOf(HistoryException.class)
                .hasMessage("h.jsonl:1: a ok completion for process 3 with no outstanding invoke");
    }

    @Test
    void rejectsTwoOutstandingOpsOnOneProcess() {
        assertThatThrownBy(() -> History.of("h", List.of(Op.invoke(0, "read", null, null),
                Op.invoke(0, "write", null, 1L))))
                .hasMessage("h:2: process 0 invoked write while its read from op 0 is still outstanding");
    }

    @Test
    void anInvokeByARetiredProcessStartsAFreshLogicalProcess() {
        History h = History.of("h", List.of(Op.invoke(0, "write", null, 1L),
                Op.info(0, "write", null, 1L, null), Op.invoke(0, "read", null, null), Op.ok(0, "read", null, 1L),
                Op.invoke(0, "write", null, 2L), Op.info(0, "write", null, 2L, null),
                Op.invoke(0, "read", null, null)));
        assertThat(h.calls()).extracting(Call::process).containsExactly(0L, 1_000_000L, 1_000_000L, 2_000_000L);
        assertThat(h.ops()).extracting(Op::process).containsExactly(0L, 0L, 1_000_000L, 1_000_000L, 1_000_000L,
                1_000_000L, 2_000_000L);
        assertThat(h.notes()).singleElement().asString().startsWith("2 invokes by a process after its info")
                .contains("process 0 at line 3 (its info at line 2) is read as process 1000000");
    }

    @Test
    void aFreshLogicalProcessNeverTakesAnIdInUse() {
        History h = History.of(List.of(Op.invoke(1_000_000, "read", null, null), Op.invoke(0, "write", null, 1L),
                Op.info(0, "write", null, 1L, null), Op.invoke(0, "read", null, null)));
        assertThat(h.calls()).extracting(Call::process).containsExactly(1_000_000L, 0L, 2_000_000L);
    }

    @Test
    void aWellBehavedHistoryHasNoNotes() {
        History h = History.of(List.of(Op.invoke(0, "read", null, null), Op.info(0, "read", null, null, null),
                Op.invoke(1, "read", null, null)));
        assertThat(h.notes()).isEmpty();
        assertThat(h.calls()).extracting(Call::process).containsExactly(0L, 1L);
    }

    @Test
    void rejectsACompletionOfAnotherFunction() {
        assertThatThrownBy(() -> History.of("h", List.of(Op.invoke(0, "read", null, null),
                Op.ok(0, "write", null, 1L))))
                .hasMessage("h:2: completion f \"write\" does not match the invoke's \"read\" (op 0)");
    }

    @Test
    void nemesisOpsAreKeptButNotPaired() {
        History h = History.of(List.of(
                new Op(-1, -1, OpType.INFO, Op.NEMESIS, "start-partition", null, "majority", null, null),
                Op.invoke(0, "read", null, null), Op.ok(0, "read", null, null)));
        assertThat(h.nemesisOps()).hasSize(1);
        assertThat(h.calls()).hasSize(1);
    }
}
