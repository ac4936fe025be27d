package io.faultline.sim;

import static io.faultline.sim.Ask.ask;
import static io.faultline.sim.Ask.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.testnodes.StoreNode;
import io.faultline.sim.testnodes.TestSystem;
import io.faultline.workloads.client.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crash, restart, pause and clocks, as a {@link StoreNode} experiences them. */
class NodeLifecycleTest {

    private static final long MS = 1_000_000;

    private final TraceRecorder trace = new TraceRecorder();
    private final SimCluster cluster = new SimRuntime(SimConfig.defaults(3).withClientLatency(Latency.constant(MS)),
            trace).start(ClusterSpec.of(TestSystem.store(), 1));

    @Test
    void aCrashKeepsSyncedWritesAndLosesUnsyncedOnes() {
        reply(cluster, "n1", new Write("synced/a", 1L));
        reply(cluster, "n1", new Write("b", 2L));
        cluster.kill("n1");
        cluster.start("n1");
        assertThat(reply(cluster, "n1", new Read("synced/a"))).isEqualTo(new ReadOk("1"));
        assertThat(reply(cluster, "n1", new Read("b"))).isInstanceOf(ErrorReply.class);
    }

    @Test
    void aRestartRunsOnStartAgainWithANewNodeObject() {
        Object firstLife = cluster.nodeObject("n1").orElseThrow();
        cluster.kill("n1");
        assertThat(cluster.isRunning("n1")).isFalse();
        assertThat(cluster.nodeObject("n1")).isEmpty();
        cluster.start("n1");
        assertThat(cluster.nodeObject("n1")).get().isNotSameAs(firstLife);
        assertThat(reply(cluster, "n1", new Read("boots"))).isEqualTo(new ReadOk("2"));
        assertThat(trace.lines).containsSubsequence("0 log n1 boot 1", "0 fault kill n1", "0 log n1 boot 2");
    }

    @Test
    void aDeadNodeDropsMessagesAndForgetsItsTimers() {
        List<Response> pongs = new ArrayList<>();
        cluster.client("c1").request("n1", new StoreNode.Ping(100 * MS), 500 * MS, pongs::add);
        cluster.loop().schedule(50 * MS, () -> cluster.kill("n1"));
        cluster.loop().schedule(60 * MS, () -> cluster.start("n1"));
        cluster.loop().runUntil(600 * MS);
        assertThat(pongs).containsExactly(new Response.TimedOut("n1"));
        assertThat(trace.count("timer n1")).isZero();
        cluster.kill("n1");
        assertThat(ask(cluster, "n1", new Read("boots"))).isInstanceOf(Response.TimedOut.class);
        assertThat(trace.count("drop(down) c1->n1")).isEqualTo(1);
    }

    @Test
    void aPausedNodeHandlesNothingUntilItResumesThenEverythingInOrder() {
        List<String> seen = new ArrayList<>();
        cluster.pause("n1");
        cluster.client("c1").request("n1", new Write("x", 1L), 900 * MS, r -> seen.add(cluster.loop().now() + " write"));
        cluster.client("c1").request("n1", new Read("x"), 900 * MS, r -> seen.add(cluster.loop().now() + " " + r));
        cluster.loop().schedule(300 * MS, () -> cluster.resume("n1"));
        cluster.loop().runUntil(299 * MS);
        assertThat(seen).isEmpty();
        cluster.loop().runUntil(1_000 * MS);
        assertThat(seen).containsExactly("301000000 write",
                "301000000 " + new Response.Reply("n1", new ReadOk("1")));
    }

    @Test
    void aTimerDueDuringAPauseFiresOnResume() {
        List<Response> pongs = new ArrayList<>();
        cluster.client("c1").request("n1", new StoreNode.Ping(10 * MS), 500 * MS, pongs::add);
        cluster.loop().schedule(5 * MS, () -> cluster.pause("n1"));
        cluster.loop().schedule(100 * MS, () -> cluster.resume("n1"));
        cluster.loop().runUntil(99 * MS);
        assertThat(trace.count("timer n1")).isZero();
        cluster.loop().runUntil(500 * MS);
        assertThat(pongs).containsExactly(new Response.Reply("n1", new StoreNode.Pong(100 * MS)));
    }

    @Test
    void skewShiftsTheNodesClockAndNothingElse() {
        cluster.skewClock("n1", 1_000 * MS, 0);
        assertThat(reply(cluster, "n1", new StoreNode.Now())).isEqualTo(new StoreNode.NowOk(1_001 * MS));
        assertThat(cluster.loop().now()).isEqualTo(2 * MS);
        cluster.skewClock("n1", -10 * MS, 0);
        assertThat(reply(cluster, "n1", new StoreNode.Now())).isEqualTo(new StoreNode.NowOk(3 * MS - 10 * MS));
    }

    @Test
    void aFastClockFiresItsTimersEarly() {
        cluster.skewClock("n1", 0, 100_000); // 10% fast
        List<Long> pongTimes = new ArrayList<>();
        cluster.client("c1").request("n1", new StoreNode.Ping(110 * MS), 500 * MS, r -> pongTimes.add(cluster.loop().now()));
        cluster.loop().runUntil(500 * MS);
        // sent at 0, arrives at 1 ms, 110 ms of a 10%-fast clock is 100 ms, the pong takes 1 ms
        assertThat(pongTimes).containsExactly(102 * MS);
    }

    @Test
    void aNodeThatThrowsFailsTheRunWithItsSeed() {
        cluster.client("c1").request("n1", new StoreNode.Explode(), MS * 10, r -> { });
        assertThatThrownBy(() -> cluster.loop().runUntil(10 * MS)).isInstanceOf(NodeFailure.class)
                .hasMessageContaining("node n1").hasMessageContaining("seed=3").hasRootCauseMessage("boom");
    }
}
