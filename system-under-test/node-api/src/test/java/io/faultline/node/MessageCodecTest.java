package io.faultline.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ClientMessages;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageCodecTest {

    /** A family's own message, with camelCase components and a nested list, as a raft node would have. */
    record AppendEntries(long term, String leaderId, List<Map<String, Object>> entries) implements Message {
    }

    record Sneaky(String type) implements Message {
    }

    private final MessageCodec codec = new MessageCodec(registry());

    private static MessageRegistry registry() {
        return ClientMessages.register(new MessageRegistry())
                .register("append_entries", AppendEntries.class)
                .register("sneaky", Sneaky.class);
    }

    static List<Message> clientMessages() {
        return List.of(new Read("x"), new ReadOk(3L), new ReadOk(null), new Write("x", 4L), new WriteOk(),
                new Cas("x", 1L, 2L), new Cas("x", List.of(), List.of(1L), true), new CasOk(), ErrorReply.of(ErrorCode.PRECONDITION_FAILED, "expected 1"));
    }

    @ParameterizedTest
    @MethodSource("clientMessages")
    void clientMessagesSurviveTheRoundTrip(Message body) {
        Envelope sent = new Envelope("c1", "n1", 7, Envelope.NO_ID, body);
        assertThat(codec.roundTrip(sent)).isEqualTo(sent);
    }

    @Test
    void writesMaelstromsEnvelopeWithTheTypeAndIdsFirst() {
        Envelope write = new Envelope("c1", "n1", 7, Envelope.NO_ID, new Write("x", 4L));
        assertThat(codec.encode(write))
                .isEqualTo("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"write\",\"msg_id\":7,\"key\":\"x\",\"value\":4}}");
    }

    @Test
    void readsAMaelstromReplyWithoutMsgId() {
        Envelope reply = codec.decode("{\"src\":\"n1\",\"dest\":\"c1\",\"body\":{\"type\":\"cas_ok\",\"in_reply_to\":7}}");
        assertThat(reply).isEqualTo(new Envelope("n1", "c1", Envelope.NO_ID, 7, new CasOk()));
        assertThat(reply.isReply()).isTrue();
        assertThat(reply.hasMsgId()).isFalse();
    }

    @Test
    void familyMessagesUseSnakeCaseAndKeepNestedData() {
        AppendEntries append = new AppendEntries(3, "n2", List.of(Map.of("term", 3L, "op", List.of("x", 1L))));
        Envelope sent = new Envelope("n2", "n1", 1, Envelope.NO_ID, append);
        assertThat(codec.encode(sent)).contains("\"type\":\"append_entries\"", "\"leader_id\":\"n2\"");
        assertThat(codec.roundTrip(sent)).isEqualTo(sent);
    }

    @Test
    void wholeNumbersDecodeAsLongLikeHistoryValues() {
        Envelope decoded = codec.decode("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"write\",\"key\":1,\"value\":2}}");
        assertThat(((Write) decoded.body()).value()).isEqualTo(2L);
        assertThat(((Write) decoded.body()).key()).isEqualTo(1L);
    }

    @Test
    void ignoresUnknownFieldsOfRepliesAndNodeToNodeMessagesLikeMaelstromNodes() {
        MessageCodec codec = new MessageCodec(registry(), MessageCodec.Strictness.REQUESTS);
        Envelope reply = codec.decode("{\"src\":\"n1\",\"dest\":\"c1\",\"body\":{\"type\":\"read_ok\",\"in_reply_to\":3,"
                + "\"value\":1,\"extra\":true}}");
        assertThat(reply.body()).isEqualTo(new ReadOk(1L));
        Envelope append = codec.decode("{\"src\":\"n2\",\"dest\":\"n1\",\"body\":{\"type\":\"append_entries\","
                + "\"term\":1,\"leader_id\":\"n2\",\"entries\":[],\"extra\":true}}");
        assertThat(append.body()).isEqualTo(new AppendEntries(1, "n2", List.of()));
    }

    @Test
    void underTestAnUnknownFieldOfAnyBodyIsAnError() {
        MessageCodec strict = new MessageCodec(registry(), MessageCodec.Strictness.ALL);
        assertThatThrownBy(() -> strict.decode("{\"src\":\"n1\",\"dest\":\"c1\",\"body\":{\"type\":\"read_ok\","
                + "\"in_reply_to\":3,\"value\":1,\"extra\":true}}"))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("message type 'read_ok' has no field 'extra'");
    }

    @Test
    void theBuildsTestsRunWithTheStrictCodec() {
        assertThat(MessageCodec.Strictness.fromSystemProperty()).isEqualTo(MessageCodec.Strictness.ALL);
    }

    @Test
    void anErrorWhoseCodeIsNotANumberIsNotAnErrorReply() {
        assertThatThrownBy(() -> codec.decode("{\"src\":\"n1\",\"dest\":\"c1\",\"body\":{\"type\":\"error\","
                + "\"in_reply_to\":3,\"code\":\"twenty-two\"}}"))
                .isInstanceOf(CodecException.class).hasMessageContaining("bad ErrorReply body");
    }

    @Test
    void refusesAClientRequestWithAFieldItsRecordLacksNamingTheFieldAndType() {
        assertThatThrownBy(() -> codec.decode("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"cas\",\"msg_id\":1,"
                + "\"key\":0,\"from\":1,\"to\":2,\"if_older_than\":3}}"))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("message type 'cas' has no field 'if_older_than'");
    }

    @Test
    void writesCreateIfNotExistsOnlyWhenSet() {
        assertThat(codec.encode(new Envelope("c1", "n1", 1, Envelope.NO_ID, new Cas("x", 1L, 2L))))
                .doesNotContain("create_if_not_exists");
        assertThat(codec.encode(new Envelope("c1", "n1", 1, Envelope.NO_ID, new Cas("x", 1L, 2L, true))))
                .contains("\"create_if_not_exists\":true");
        Envelope fromMaelstrom = codec.decode("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"cas\","
                + "\"key\":0,\"from\":1,\"to\":2,\"create_if_not_exists\":true}}");
        assertThat(fromMaelstrom.body()).isEqualTo(new Cas(0L, 1L, 2L, true));
    }

    @Test
    void rejectsUnknownTypesMalformedJsonAndMissingFields() {
        assertThatThrownBy(() -> codec.decode("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"nope\"}}"))
                .isInstanceOf(CodecException.class).hasMessageContaining("unknown message type 'nope'");
        assertThatThrownBy(() -> codec.decode("{\"src\":")).isInstanceOf(CodecException.class);
        assertThatThrownBy(() -> codec.decode("{\"dest\":\"n1\",\"body\":{\"type\":\"read\"}}"))
                .isInstanceOf(CodecException.class).hasMessageContaining("not an envelope");
    }

    @Test
    void refusesBodiesThatShadowEnvelopeFieldsOrAreUnregistered() {
        assertThatThrownBy(() -> codec.encode(new Envelope("a", "b", 1, Envelope.NO_ID, new Sneaky("x"))))
                .isInstanceOf(CodecException.class).hasMessageContaining("reserved field type");
        MessageCodec bare = new MessageCodec(new MessageRegistry());
        assertThatThrownBy(() -> bare.encode(new Envelope("a", "b", 1, Envelope.NO_ID, new WriteOk())))
                .isInstanceOf(CodecException.class).hasMessageContaining("unregistered");
    }
}
