package io.faultline.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.MessageRegistry;
import io.faultline.node.client.Cas;
import io.faultline.node.client.ClientMessages;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.ReadOk;
import io.faultline.workloads.client.UntypedBody;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Untyped workload bodies become the system's records and back, with the wire codec's names and number types. */
class MessageBodiesTest {

    private final MessageBodies bodies = new MessageBodies(ClientMessages.register(new MessageRegistry()));

    @Test
    void aRequestBodyBecomesItsRecordWithEveryField() {
        UntypedBody cas = new UntypedBody("cas", Map.of("key", 0L, "from", List.of(), "to", List.of(1L),
                "create_if_not_exists", true));

        assertThat(bodies.toMessage(cas)).isEqualTo(new Cas(0L, List.of(), List.of(1L), true));
        assertThat(bodies.toMessage(new UntypedBody("cas", Map.of("key", 0L, "from", 1L, "to", 2L))))
                .isEqualTo(new Cas(0L, 1L, 2L));
    }

    @Test
    void aFieldTheRecordLacksIsAnErrorNamingTheFieldAndType() {
        UntypedBody read = new UntypedBody("read", Map.of("key", 0L, "consistency", "quorum"));

        assertThatThrownBy(() -> bodies.toMessage(read))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("message type 'read' has no field 'consistency' (Read has [key])");
    }

    @Test
    void aReplyBecomesABodyWithItsTypeAndLongNumbers() {
        assertThat(bodies.toBody(new ReadOk(List.of(1L, 2L))))
                .isEqualTo(new UntypedBody("read_ok", Map.of("value", List.of(1L, 2L))));
        UntypedBody error = bodies.toBody(ErrorReply.of(ErrorCode.PRECONDITION_FAILED, "no"));
        assertThat(error.type()).isEqualTo("error");
        assertThat(error.fields()).containsEntry("code", 22L).containsEntry("text", "no");
    }

    @Test
    void aTypeTheSystemDoesNotSpeakIsAnError() {
        assertThatThrownBy(() -> bodies.toMessage(new UntypedBody("append", Map.of("key", 0L))))
                .hasMessage("the system speaks no message type 'append'");
    }
}
