package io.faultline.chord;

import static io.faultline.chord.ChordSim.SECOND;
import static io.faultline.chord.ChordSim.call;
import static io.faultline.chord.ChordSim.oracleOwner;
import static io.faultline.chord.ChordSim.oracleRing;
import static io.faultline.chord.ChordSim.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.Message;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.sim.SimCluster;
import io.faultline.workloads.client.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** lin-kv {@code cas} routed to the key's owner, with Maelstrom's {@code create_if_not_exists}. */
class ChordCasTest {

    private static final Long KEY = 0L;

    @Test
    @DisplayName("cas with create_if_not_exists creates a missing key on its owner and replicas (§5.2);"
            + " without it, 20; on an existing key, a plain cas")
    void casCreatesAMissingKeyOnlyWhenAsked() {
        SimCluster cluster = start(1, 5);
        cluster.loop().runUntil(3 * SECOND);
        List<String> ring = oracleRing(cluster);
        String owner = oracleOwner(ring, ChordId.ofKey(KEY));
        String other = ring.stream().filter(n -> !n.equals(owner)).findFirst().orElseThrow();

        assertThat(code(body(call(cluster, other, new Cas(KEY, List.of(), List.of(5L))))))
                .isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST.code());
        assertThat(body(call(cluster, other, new Cas(KEY, List.of(), List.of(5L), true)))).isEqualTo(new CasOk());
        assertThat(code(body(call(cluster, owner, new Cas(KEY, List.of(), List.of(6L), true)))))
                .isEqualTo(ErrorCode.PRECONDITION_FAILED.code());
        assertThat(body(call(cluster, owner, new Cas(KEY, List.of(5L), List.of(5L, 6L), true))))
                .isEqualTo(new CasOk());

        cluster.kill(owner);
        cluster.loop().runUntil(cluster.loop().now() + 3 * SECOND);
        assertThat(body(call(cluster, other, new Read(KEY)))).isEqualTo(new ReadOk(List.of(5L, 6L)));
    }

    private static Message body(Response response) {
        assertThat(response).isInstanceOf(Response.Reply.class);
        return ((Response.Reply) response).body();
    }

    private static int code(Message reply) {
        assertThat(reply).isInstanceOf(ErrorReply.class);
        return ((ErrorReply) reply).code();
    }
}
