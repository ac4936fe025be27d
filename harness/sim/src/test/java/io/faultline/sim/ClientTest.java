package io.faultline.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.client.Read;
import io.faultline.runtime.Capabilities;
import io.faultline.runtime.ClockSkewable;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Killable;
import io.faultline.runtime.Pausable;
import io.faultline.sim.testnodes.StoreNode;
import io.faultline.sim.testnodes.TestSystem;
import io.faultline.workloads.client.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientTest {

    private static final long MS = 1_000_000;

    private final TraceRecorder trace = new TraceRecorder();
    private final SimCluster cluster = new SimRuntime(SimConfig.defaults(1).withClientLatency(Latency.constant(MS)),
            trace).start(ClusterSpec.of(TestSystem.store(), 2));

    @Test
    void aReplyAfterTheTimeoutIsDroppedAndTheCallbackRunsOnce() {
        List<String> outcomes = new ArrayList<>();
        cluster.client("c1").request("n1", new StoreNode.Ping(50 * MS), 10 * MS,
                response -> outcomes.add(cluster.loop().now() + " " + response));
        cluster.loop().runUntil(100 * MS);
        assertThat(outcomes).containsExactly(10 * MS + " " + new Response.TimedOut("n1"));
        assertThat(trace.count("drop(late) n1->c1")).isEqualTo(1);
    }

    @Test
    void eachClientMatchesItsOwnReplies() {
        List<String> outcomes = new ArrayList<>();
        cluster.client("c1").request("n1", new Read("boots"), 10 * MS, r -> outcomes.add("c1 " + r));
        cluster.client("c2").request("n2", new Read("boots"), 10 * MS, r -> outcomes.add("c2 " + r));
        cluster.loop().runUntil(100 * MS);
        assertThat(outcomes).hasSize(2).allMatch(line -> line.contains("Reply"));
        assertThat(cluster.client("c1")).isSameAs(cluster.client("c1"));
    }

    @Test
    void aClientCannotTakeANodesName() {
        assertThatThrownBy(() -> cluster.client("n1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cluster.client("c1").request("n1", new Read("k"), 0, r -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSimulatorHasEveryCapabilityAndSaysWhenAClusterLacksOne() {
        assertThat(Capabilities.require(cluster, Killable.class, "kill")).isSameAs(cluster);
        assertThat(Capabilities.has(cluster, Pausable.class)).isTrue();
        assertThat(Capabilities.has(cluster, ClockSkewable.class)).isTrue();
        Cluster plain = new Cluster() {
            public List<String> nodes() { return List.of(); }
            public io.faultline.runtime.Net net() { return cluster.net(); }
            public io.faultline.runtime.EventLoop loop() { return cluster.loop(); }
            public io.faultline.workloads.client.ClientTransport client(String id) { return cluster.client(id); }
            public void close() { }
        };
        assertThatThrownBy(() -> Capabilities.require(plain, Pausable.class, "the pause nemesis"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("the pause nemesis needs")
                .hasMessageContaining("Pausable");
    }

    @Test
    void schedulingInThePastIsAHarnessBug() {
        cluster.loop().runUntil(10 * MS);
        assertThatThrownBy(() -> cluster.loop().schedule(5 * MS, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
