package io.faultline.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.runtime.ClusterSpec;
import io.faultline.workloads.client.Response;
import io.faultline.sim.testnodes.StoreNode;
import io.faultline.sim.testnodes.TestSystem;
import org.junit.jupiter.api.Test;

class ClientCallTest {

    private static final long MS = 1_000_000;

    private final SimCluster cluster = new SimRuntime(SimConfig.defaults(1).withClientLatency(Latency.constant(MS)))
            .start(ClusterSpec.of(TestSystem.store(), 1));

    @Test
    void keepsTheReplyForLater() {
        ClientCall call = ClientCall.send(cluster.client("c1"), "n1", new Write("k", 1L), 10 * MS);
        assertThat(call.response()).isEmpty();
        assertThat(call.answered()).isFalse();
        cluster.loop().runUntil(10 * MS);
        assertThat(call.answered()).isTrue();
        assertThat(call.reply()).isEqualTo(new WriteOk());
        assertThat(call.response()).contains(new Response.Reply("n1", new WriteOk()));
    }

    @Test
    void aTimeoutEndsTheCallWithoutAReply() {
        ClientCall call = ClientCall.send(cluster.client("c1"), "n1", new StoreNode.Ping(50 * MS), 10 * MS);
        cluster.loop().runUntil(100 * MS);
        assertThat(call.response()).contains(new Response.TimedOut("n1"));
        assertThat(call.answered()).isFalse();
        assertThatThrownBy(call::reply).isInstanceOf(IllegalStateException.class).hasMessageContaining("TimedOut");
    }
}
