package io.faultline.sim;

import static io.faultline.sim.Ask.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.sim.testnodes.TestSystem;
import io.faultline.workloads.client.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkFaultsTest {

    private static final long MS = 1_000_000;

    private final TraceRecorder trace = new TraceRecorder();

    private SimCluster store(SimConfig config) {
        return new SimRuntime(config.withClientLatency(Latency.constant(MS)), trace)
                .start(ClusterSpec.of(TestSystem.store(), 1));
    }

    @Test
    void cuttingTheRequestLinkLosesTheRequest() {
        SimCluster cluster = store(SimConfig.defaults(1));
        cluster.client("c1");
        cluster.net().partition(Grudge.oneWay("c1", "n1"));
        assertThat(ask(cluster, "n1", new Write("k", 1L))).isEqualTo(new Response.TimedOut("n1"));
        assertThat(cluster.storage("n1").getString("k")).isEmpty();
    }

    /** Ten requests sent at once on a 100 B/s link leave one after another, each its size over the rate apart. */
    @Test
    void aThrottledLinkQueuesMessagesAndFastLiftsTheLimit() {
        SimCluster cluster = store(SimConfig.defaults(1));
        cluster.client("c1");
        cluster.net().throttle(new Link("c1", "n1"), 100);
        List<Long> throttled = completionTimes(cluster, 10);
        cluster.net().fast();
        List<Long> unlimited = completionTimes(cluster, 10);

        // every message is at least 10 bytes however it is encoded (this cluster has no JSON codec)
        long perMessageNanos = 10 * 1_000_000_000L / 100;
        assertThat(throttled.get(9) - throttled.get(0)).as("%s vs %s", throttled, unlimited)
                .isGreaterThanOrEqualTo(9 * perMessageNanos);
        assertThat(unlimited.get(9) - unlimited.get(0)).isLessThan(5 * MS);
    }

    /** When each of {@code count} writes sent at once is answered, from the moment they were sent. */
    private static List<Long> completionTimes(SimCluster cluster, int count) {
        long start = cluster.loop().now();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cluster.client("c1").request("n1", new Write("k" + i, (long) i), 60_000 * MS,
                    response -> times.add(cluster.loop().now() - start));
        }
        cluster.loop().runUntil(start + 60_000 * MS);
        assertThat(times).hasSize(count);
        return times;
    }

    @Test
    void cuttingOnlyTheReplyLinkLetsTheWriteHappenUnseen() {
        SimCluster cluster = store(SimConfig.defaults(1));
        cluster.client("c1");
        cluster.net().partition(Grudge.oneWay("n1", "c1"));
        assertThat(ask(cluster, "n1", new Write("k", 1L))).isInstanceOf(Response.TimedOut.class);
        assertThat(cluster.storage("n1").getString("k")).contains("1");
        cluster.net().heal();
        assertThat(Ask.reply(cluster, "n1", new Read("k"))).isEqualTo(new ReadOk("1"));
    }

    @Test
    void aPartitionDropsMessagesAlreadyInFlightAndAHealLetsLaterOnesThrough() {
        SimCluster cluster = new SimRuntime(SimConfig.defaults(1).withClientLatency(Latency.constant(10 * MS)), trace)
                .start(ClusterSpec.of(TestSystem.store(), 1));
        List<Response> responses = new ArrayList<>();
        cluster.client("c1").request("n1", new Write("a", 1L), 100 * MS, responses::add);
        cluster.loop().schedule(5 * MS, () -> cluster.net().partition(Grudge.isolate("n1", List.of("n1", "c1"))));
        cluster.loop().schedule(6 * MS, () -> cluster.client("c1").request("n1", new Write("b", 2L), 100 * MS, responses::add));
        cluster.loop().schedule(12 * MS, () -> cluster.net().heal()); // after a arrives, before b
        cluster.loop().runUntil(200 * MS);
        assertThat(responses).containsExactly(new Response.Reply("n1", new WriteOk()), new Response.TimedOut("n1"));
        assertThat(trace.count("drop(cut) c1->n1 Write[key=a")).isEqualTo(1);
    }

    @Test
    void lossIsHonouredOverManyMessages() {
        SimCluster cluster = store(SimConfig.defaults(9).withLoss(0.25));
        for (long i = 0; i < 10_000; i++) {
            cluster.client("c1").request("n1", new Write("k", i), 10 * MS, response -> { });
        }
        cluster.loop().runUntil(100 * MS);
        assertThat(trace.count("drop(lost) c1->n1")).isBetween(2_300L, 2_700L);
        assertThat(trace.count("drop(lost) n1->c1")).isBetween((long) (7_500 * 0.23), (long) (7_500 * 0.27));
    }

    @Test
    void aDuplicatedRequestIsHandledTwiceAndTheSecondReplyIsLate() {
        SimCluster cluster = store(SimConfig.defaults(1));
        cluster.client("c1");
        cluster.net().duplicate(new Link("c1", "n1"), 1.0);
        assertThat(ask(cluster, "n1", new Write("k", 1L))).isEqualTo(new Response.Reply("n1", new WriteOk()));
        cluster.loop().runUntil(cluster.loop().now() + 10 * MS);
        assertThat(trace.count("deliver c1->n1")).isEqualTo(2);
        assertThat(trace.count("drop(late) n1->c1")).isEqualTo(1);
    }

    @Test
    void slowAddsLatencyAndFastRemovesIt() {
        SimCluster cluster = store(SimConfig.defaults(1));
        cluster.client("c1");
        cluster.net().slow(new Link("c1", "n1"), 50 * MS, 0);
        ask(cluster, "n1", new Write("k", 1L));
        assertThat(cluster.loop().now()).isEqualTo(51 * MS);
        cluster.net().fast();
        ask(cluster, "n1", new Write("k", 2L));
        assertThat(cluster.loop().now()).isEqualTo(53 * MS);
    }

    @Test
    void aMessageToNobodyIsLost() {
        SimCluster cluster = store(SimConfig.defaults(1));
        assertThat(ask(cluster, "n9", new Read("k"))).isEqualTo(new Response.TimedOut("n9"));
        assertThat(trace.count("drop(unknown) c1->n9")).isEqualTo(1);
    }
}
