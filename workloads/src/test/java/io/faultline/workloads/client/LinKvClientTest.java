package io.faultline.workloads.client;

import static io.faultline.workloads.client.ScriptedTransport.error;
import static io.faultline.workloads.client.ScriptedTransport.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.node.Envelope;
import io.faultline.node.MessageCodec;
import io.faultline.node.MessageRegistry;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ClientMessages;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinKvClientTest {
    private static final Op READ = new Op(4, 10, OpType.INVOKE, 3, "read", 7L, null, null, null);
    private static final Op WRITE = new Op(5, 11, OpType.INVOKE, 3, "write", 7L, 9L, null, null);
    private static final Op CAS = new Op(6, 12, OpType.INVOKE, 3, "cas", 7L, List.of(1L, 2L), null, null);

    @Test
    void buildsMaelstromLinKvRequests() {
        assertThat(LinKvClient.request(READ)).isEqualTo(new Read(7L));
        assertThat(LinKvClient.request(WRITE)).isEqualTo(new Write(7L, 9L));
        assertThat(LinKvClient.request(CAS)).isEqualTo(new Cas(7L, 1L, 2L));
    }

    @Test
    void theRequestsAreMaelstromsBodiesOnTheWire() {
        assertThat(wire(READ)).isEqualTo("{\"type\":\"read\",\"msg_id\":1,\"key\":7}");
        assertThat(wire(WRITE)).isEqualTo("{\"type\":\"write\",\"msg_id\":1,\"key\":7,\"value\":9}");
        assertThat(wire(CAS)).isEqualTo("{\"type\":\"cas\",\"msg_id\":1,\"key\":7,\"from\":1,\"to\":2}");
    }

    @Test
    void refusesOpsLinKvCannotExpress() {
        assertThatThrownBy(() -> LinKvClient.request(Op.invoke(0, "append", 1L, "x"))).hasMessageContaining("append");
        assertThatThrownBy(() -> LinKvClient.request(Op.invoke(0, "read", null, null))).hasMessageContaining("key");
    }

    @Test
    void expectedOkRepliesCompleteOkWithTheValue() {
        Op read = invoke(READ, reply(new ReadOk(5)));
        assertThat(read.type()).isEqualTo(OpType.OK);
        assertThat(read.value()).isEqualTo(5L); // JSON's Integer becomes the history's Long
        assertThat(invoke(WRITE, reply(new WriteOk())).value()).isEqualTo(9L);
        assertThat(invoke(CAS, reply(new CasOk())).value()).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void completionsKeepProcessFunctionKeyAndNameTheNode() {
        Op done = invoke(WRITE, reply(new WriteOk()));
        assertThat(done).extracting(Op::process, Op::f, Op::key, Op::node).containsExactly(3L, "write", 7L, "n2");
        assertThat(done.index()).isEqualTo(-1); // the interpreter stamps it
    }

    @ParameterizedTest
    @CsvSource({"1,node-not-found", "10,not-supported", "11,temporarily-unavailable", "12,malformed-request",
            "14,abort", "20,key-does-not-exist", "21,key-already-exists", "22,precondition-failed", "30,txn-conflict"})
    void definiteErrorsFail(int code, String name) {
        for (Op op : List.of(WRITE, CAS)) {
            Op done = invoke(op, error(code));
            assertThat(done.type()).isEqualTo(OpType.FAIL);
            assertThat(done.error()).isEqualTo(name);
            assertThat(done.value()).isEqualTo(op.value());
        }
    }

    @ParameterizedTest
    @CsvSource({"0,timeout", "13,crash", "99,error-99", "-5,error--5"})
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
            Op done = invoke(op, new Response.TimedOut("n2"));
            assertThat(done.type()).isEqualTo(OpType.INFO);
            assertThat(done.error()).isEqualTo("timeout");
        }
    }

    @Test
    void aRequestThatWasNeverSentFails() {
        assertThat(invoke(WRITE, new Response.NotSent("n2", "connection refused")))
                .extracting(Op::type, Op::error).containsExactly(OpType.FAIL, "not-sent");
    }

    @Test
    void whenInDoubtInfo() {
        assertThat(invoke(WRITE, reply(new ReadOk(1L))))
                .extracting(Op::type, Op::error).containsExactly(OpType.INFO, "unexpected-reply");
        // an error whose code is not a number never becomes an ErrorReply: the codec refuses it (MessageCodecTest),
        // so its request times out, which is info as well
    }

    @Test
    void sendsOneRequestToTheGivenNodeWithTheTimeoutAndCompletesOnce() {
        ScriptedTransport transport = ScriptedTransport.replying(reply(new WriteOk()));
        List<Op> completions = new ArrayList<>();
        new LinKvClient(Duration.ofMillis(250)).invoke(WRITE, "n2", transport, completions::add);
        assertThat(completions).hasSize(1);
        assertThat(transport.sent()).singleElement()
                .isEqualTo(new ScriptedTransport.Sent("n2", new Write(7L, 9L), 250_000_000L));
    }

    /** The body of the request for {@code invocation}, as the codec writes it for a node. */
    private static String wire(Op invocation) {
        MessageCodec codec = new MessageCodec(ClientMessages.register(new MessageRegistry()));
        String line = codec.encode(new Envelope("c1", "n2", 1, Envelope.NO_ID, LinKvClient.request(invocation)));
        return line.substring(line.indexOf("\"body\":") + 7, line.length() - 1);
    }

    private static Op invoke(Op invocation, Response response) {
        List<Op> completions = new ArrayList<>();
        new LinKvClient(Duration.ofSeconds(1)).invoke(invocation, "n2", ScriptedTransport.replying(response),
                completions::add);
        assertThat(completions).hasSize(1);
        return completions.get(0);
    }
}
