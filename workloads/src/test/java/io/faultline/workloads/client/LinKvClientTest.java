package io.faultline.workloads.client;

import static io.faultline.workloads.client.ScriptedTransport.body;
import static io.faultline.workloads.client.ScriptedTransport.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinKvClientTest {
    private static final Op READ = new Op(4, 10, OpType.INVOKE, 3, "read", 7L, null, null, null);
    private static final Op WRITE = new Op(5, 11, OpType.INVOKE, 3, "write", 7L, 9L, null, null);
    private static final Op CAS = new Op(6, 12, OpType.INVOKE, 3, "cas", 7L, List.of(1L, 2L), null, null);

    @Test
    void buildsMaelstromLinKvRequests() {
        assertThat(LinKvClient.request(READ)).isEqualTo(Map.of("type", "read", "key", 7L));
        assertThat(LinKvClient.request(WRITE)).isEqualTo(Map.of("type", "write", "key", 7L, "value", 9L));
        assertThat(LinKvClient.request(CAS)).isEqualTo(Map.of("type", "cas", "key", 7L, "from", 1L, "to", 2L));
    }

    @Test
    void refusesOpsLinKvCannotExpress() {
        assertThatThrownBy(() -> LinKvClient.request(Op.invoke(0, "append", 1L, "x"))).hasMessageContaining("append");
        assertThatThrownBy(() -> LinKvClient.request(Op.invoke(0, "read", null, null))).hasMessageContaining("key");
    }

    @Test
    void expectedOkRepliesCompleteOkWithTheValue() {
        Op read = invoke(READ, body("type", "read_ok", "value", 5));
        assertThat(read.type()).isEqualTo(OpType.OK);
        assertThat(read.value()).isEqualTo(5L); // JSON's Integer becomes the history's Long
        assertThat(invoke(WRITE, body("type", "write_ok")).value()).isEqualTo(9L);
        assertThat(invoke(CAS, body("type", "cas_ok")).value()).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void completionsKeepProcessFunctionKeyAndNameTheNode() {
        Op done = invoke(WRITE, body("type", "write_ok"));
        assertThat(done).extracting(Op::process, Op::f, Op::key, Op::node).containsExactly(3L, "write", 7L, "n2");
        assertThat(done.index()).isEqualTo(-1); // the interpreter stamps it
    }

    @ParameterizedTest
    @CsvSource({"1,node-not-found", "10,not-supported", "11,temporarily-unavailable", "12,malformed-request",
            "14,abort", "20,key-does-not-exist", "21,key-already-exists", "22,precondition-failed"})
    void definiteErrorsFail(int code, String name) {
        for (Op op : List.of(WRITE, CAS)) {
            Op done = invoke(op, error(code));
            assertThat(done.type()).isEqualTo(OpType.FAIL);
            assertThat(done.error()).isEqualTo(name);
            assertThat(done.value()).isEqualTo(op.value());
        }
    }

    @ParameterizedTest
    @CsvSource({"0,timeout", "13,crash", "30,txn-conflict", "99,error-99", "-5,error--5"})
    void otherErrorsAreInfo(int code, String name) {
        for (Op op : List.of(READ, WRITE, CAS)) {
            Op done = invoke(op, error(code));
            assertThat(done.type()).isEqualTo(OpType.INFO);
            assertThat(done.error()).isEqualTo(name);
        }
    }

    @Test
    void aReadOfAMissingKeyIsAnOkReadOfNil() {
        Op done = invoke(READ, error(20));
        assertThat(done.type()).isEqualTo(OpType.OK);
        assertThat(done.value()).isNull();
    }

    @Test
    void aTimeoutIsAlwaysInfo() {
        for (Op op : List.of(READ, WRITE, CAS)) {
            Op done = invoke(op, new Reply.TimedOut());
            assertThat(done.type()).isEqualTo(OpType.INFO);
            assertThat(done.error()).isEqualTo("timeout");
        }
    }

    @Test
    void aRequestThatWasNeverSentFails() {
        assertThat(invoke(WRITE, new Reply.NotSent("connection refused")))
                .extracting(Op::type, Op::error).containsExactly(OpType.FAIL, "not-sent");
    }

    @Test
    void whenInDoubtInfo() {
        assertThat(invoke(WRITE, body("type", "read_ok", "value", 1)))
                .extracting(Op::type, Op::error).containsExactly(OpType.INFO, "unexpected-reply");
        assertThat(invoke(WRITE, body("type", "error", "code", "twenty-two")))
                .extracting(Op::type, Op::error).containsExactly(OpType.INFO, "malformed-error");
    }

    @Test
    void sendsOneRequestToTheGivenNodeWithTheTimeoutAndCompletesOnce() {
        ScriptedTransport transport = ScriptedTransport.replying(body("type", "write_ok"));
        List<Op> completions = new ArrayList<>();
        new LinKvClient(Duration.ofMillis(250)).invoke(WRITE, "n2", transport, completions::add);
        assertThat(completions).hasSize(1);
        assertThat(transport.sent()).singleElement()
                .isEqualTo(new ScriptedTransport.Sent("n2", Map.of("type", "write", "key", 7L, "value", 9L), 250_000_000L));
    }

    private static Op invoke(Op invocation, Reply reply) {
        List<Op> completions = new ArrayList<>();
        new LinKvClient(Duration.ofSeconds(1)).invoke(invocation, "n2", ScriptedTransport.replying(reply),
                completions::add);
        assertThat(completions).hasSize(1);
        return completions.get(0);
    }
}
