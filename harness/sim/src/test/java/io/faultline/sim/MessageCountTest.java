package io.faultline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.client.Read;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.MessageCounting;
import io.faultline.sim.testnodes.TestSystem;
import org.junit.jupiter.api.Test;

/** The simulator counts what nodes send each other, for messages per operation, and not what clients send. */
class MessageCountTest {

    private static final long MS = 1_000_000;

    @Test
    void everyNodeToNodeSendIsCountedWhetherItArrivesOrNot() {
        SimConfig config = SimConfig.defaults(3).withNodeLatency(Latency.constant(MS));
        try (SimCluster cluster = new SimRuntime(config, new TraceRecorder()).start(
                ClusterSpec.of(TestSystem.hotPotato(1), 3))) {
            cluster.loop().runUntil(10 * MS + MS / 2);
            // three potatoes thrown at 0, 1, … 10 ms: 33 sends, 30 of them already caught
            assertThat(cluster.nodeMessagesSent()).isEqualTo(33);
            assertThat(cluster.net().deliveredCount()).isEqualTo(30);
            assertThat(cluster).isInstanceOf(MessageCounting.class);
        }
    }

    @Test
    void clientRequestsAndRepliesAreNotNodeMessages() {
        try (SimCluster cluster = new SimRuntime(SimConfig.defaults(1), new TraceRecorder()).start(
                ClusterSpec.of(TestSystem.store(), 2))) {
            cluster.client("c1").request("n1", new Read("k"), 100 * MS, reply -> { });
            cluster.loop().runUntil(200 * MS);
            assertThat(cluster.net().deliveredCount()).isEqualTo(2);
            assertThat(cluster.nodeMessagesSent()).isZero();
        }
    }
}
