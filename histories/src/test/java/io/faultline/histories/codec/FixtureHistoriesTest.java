package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference history parses into a valid {@link History} (so it also obeys the process rules of
 * {@link io.faultline.histories.HistoryBuilder}), with the counts its EXPECTED.tsv states. In both tables
 * {@code ops} counts invocations, that is calls, not lines.
 */
class FixtureHistoriesTest {

    static Stream<Path> allHistories() {
        return Fixtures.histories().stream();
    }

    static Stream<Map<String, String>> porcupineRows() {
        return Fixtures.expected("porcupine").stream();
    }

    static Stream<Map<String, String>> knossosRows() {
        return Fixtures.expected("knossos").stream();
    }

    @ParameterizedTest
    @MethodSource("allHistories")
    void everyFixtureReadsIntoAValidHistoryByDetectedFormat(Path file) {
        History history = Histories.read(file);
        assertThat(history.source()).isEqualTo(file.toString());
        assertThat(history.calls()).isNotEmpty();
        assertThat(history.ops()).allSatisfy(op -> assertThat(op.f()).matches("read|write|cas|get|put|append"));
    }

    @Test
    void theTablesCoverEveryFixture() {
        int etcdLogs = 40;
        int kvLogs = 6;
        int knossosHistories = 10;
        assertThat(Fixtures.histories()).hasSize(etcdLogs + kvLogs + knossosHistories);
        assertThat(porcupineRows().count() + knossosRows().count()).isEqualTo(Fixtures.histories().size());
    }

    @ParameterizedTest
    @MethodSource("porcupineRows")
    void porcupineOpsCountsInvocationsAndEveryOneCompletes(Map<String, String> row) {
        History history = Histories.read(Fixtures.path("porcupine/" + row.get("file")));
        int invocations = Integer.parseInt(row.get("ops"));
        assertThat(history.calls()).hasSize(invocations);
        assertThat(count(history, OpType.INVOKE)).isEqualTo(invocations);
        assertThat(history.size()).isEqualTo(2 * invocations);
        assertThat(history.calls()).allSatisfy(call -> assertThat(call.completeIndex()).isNotNegative());
    }

    @ParameterizedTest
    @MethodSource("knossosRows")
    void knossosCountsMatchInvocationsCompletionsAndProcesses(Map<String, String> row) {
        History history = Histories.read(Fixtures.path("knossos/" + row.get("file")));
        assertThat(history.calls()).hasSize(Integer.parseInt(row.get("ops")));
        assertThat(count(history, OpType.INVOKE)).isEqualTo(Integer.parseInt(row.get("ops")));
        assertThat(count(history, OpType.OK)).isEqualTo(Integer.parseInt(row.get("ok")));
        assertThat(count(history, OpType.FAIL)).isEqualTo(Integer.parseInt(row.get("fail")));
        assertThat(count(history, OpType.INFO)).isEqualTo(Integer.parseInt(row.get("info")));
        assertThat(history.ops().stream().map(Op::process).distinct().count())
                .isEqualTo(Long.parseLong(row.get("distinct_processes")));
    }

    @Test
    void etcdFailedCasIsAPreconditionFailureAndInfoKeepsTheInvokeValue() {
        History history = Histories.read(Fixtures.path("porcupine/jepsen/etcd_000.log"));
        Call failedCas = history.calls().stream().filter(Call::isFail).findFirst().orElseThrow();
        assertThat(failedCas.f()).isEqualTo("cas");
        assertThat(failedCas.error()).isEqualTo("precondition-failed");
        assertThat(failedCas.input()).isInstanceOf(List.class);
        Op info = history.ops().stream().filter(op -> op.type() == OpType.INFO).findFirst().orElseThrow();
        assertThat(info.error()).isEqualTo("timed-out");
        Op invoke = history.ops().get((int) history.calls().stream()
                .filter(c -> c.completeIndex() == info.index()).findFirst().orElseThrow().invokeIndex());
        assertThat(info.value()).isEqualTo(invoke.value()).isNotEqualTo("timed-out");
    }

    @Test
    void noEtcdValueIsAKeyword() {
        for (int i = 0; i < 40; i++) {
            History history = Histories.read(Fixtures.path(String.format("porcupine/jepsen/etcd_%03d.log", i)));
            assertThat(history.ops()).extracting(Op::value).doesNotContain("timed-out");
        }
    }

    @Test
    void knossosQuirksReadAsIntended() {
        History failure = Histories.read(Fixtures.path("knossos/cas-register/bad/immediate-failure.edn"));
        assertThat(failure.ops().get(2).error()).isEqualTo("[:temporarily-unavailable nil]");
        History missingComma = Histories.read(Fixtures.path("knossos/cas-register/bad/bad-analysis.edn"));
        assertThat(missingComma.ops()).extracting(Op::process).contains(22L);
        assertThat(missingComma.calls().stream().filter(Call::isUnknown)).hasSize(2);
        History list = Histories.read(Fixtures.path("knossos/cas-register/bad/rethink-fail-minimal.edn"));
        assertThat(list.size()).isEqualTo(8);
    }

    @Test
    void kvOpsKeepTheirFunctionsAndStringKeys() {
        History history = Histories.read(Fixtures.path("porcupine/kv/c01-ok.txt"));
        assertThat(history.ops()).extracting(Op::f).containsOnly("get", "put", "append");
        assertThat(history.ops()).extracting(Op::key).allSatisfy(k -> assertThat(k).isInstanceOf(String.class));
    }

    private static long count(History history, OpType type) {
        return history.ops().stream().filter(op -> op.type() == type).count();
    }
}
