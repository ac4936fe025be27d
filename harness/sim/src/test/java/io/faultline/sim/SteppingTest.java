package io.faultline.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Grudge;
import io.faultline.sim.testnodes.StoreNode;
import io.faultline.sim.testnodes.TestSystem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SimCluster#fireTimer} and {@link SimCluster#deliverInFlight}: protocol steps by hand, time standing still. */
class SteppingTest {

    private static final long MS = 1_000_000;
    private static final long TIMEOUT_NANOS = 1_000 * MS;

    private final TraceRecorder trace = new TraceRecorder();

    private SimCluster start(TestSystem system, int nodes, Latency latency) {
        SimConfig config = SimConfig.defaults(1).withNodeLatency(latency).withClientLatency(latency);
        return new SimRuntime(config, trace).start(ClusterSpec.of(system, nodes));
    }

    private SimCluster store() {
        return start(TestSystem.store(), 1, Latency.constant(10 * MS));
    }

    private static ClientCall send(SimCluster cluster, String node, io.faultline.node.Message request) {
        return ClientCall.send(cluster.client("c1"), node, request, TIMEOUT_NANOS);
    }

    @Test
    void deliveringInFlightAnswersARequestWithoutTimePassing() {
        SimCluster cluster = store();
        ClientCall write = send(cluster, "n1", new Write("k", 1L));
        assertThat(cluster.deliverInFlight()).as("the request and its reply").isEqualTo(2);
        assertThat(write.reply()).isEqualTo(new WriteOk());
        assertThat(cluster.loop().now()).isZero();
        assertThat(cluster.deliverInFlight()).isZero();
    }

    @Test
    void timersAndClientTimeoutsKeepTheirTimes() {
        SimCluster cluster = store();
        ClientCall ping = send(cluster, "n1", new StoreNode.Ping(5 * MS));
        cluster.deliverInFlight();
        assertThat(ping.response()).as("the pong timer has not fired").isEmpty();
        cluster.loop().runUntil(100 * MS);
        // the timer was set at 0, when the request was delivered early: due at 5 ms, the pong arrives 10 ms later
        assertThat(ping.reply()).isEqualTo(new StoreNode.Pong(5 * MS));
        assertThat(trace.lines).contains("5000000 timer n1 PongDue[to=c1, msgId=1]");
    }

    @Test
    void harnessActionsKeepTheirTimesAndTheirOrder() {
        SimCluster cluster = store();
        List<String> ran = new ArrayList<>();
        cluster.loop().schedule(5 * MS, () -> ran.add("a at " + cluster.loop().now()));
        cluster.loop().schedule(5 * MS, () -> ran.add("b at " + cluster.loop().now()));
        send(cluster, "n1", new Write("k", 1L));
        cluster.deliverInFlight();
        assertThat(ran).isEmpty();
        cluster.loop().runUntil(10 * MS);
        assertThat(ran).containsExactly("a at " + 5 * MS, "b at " + 5 * MS);
    }

    @Test
    void cutsStillApplyAndADroppedMessageCounts() {
        SimCluster cluster = store();
        cluster.client("c1");
        cluster.net().partition(Grudge.oneWay("c1", "n1"));
        ClientCall write = send(cluster, "n1", new Write("k", 1L));
        assertThat(cluster.deliverInFlight()).isEqualTo(1);
        assertThat(write.answered()).isFalse();
        assertThat(trace.count("drop(cut) c1->n1")).isEqualTo(1);
    }

    @Test
    void withZeroLatencyMessagesArriveInSendOrder() {
        SimCluster cluster = start(TestSystem.store(), 1, Latency.constant(0));
        for (long value = 1; value <= 20; value++) {
            send(cluster, "n1", new Write("k", value));
        }
        ClientCall read = send(cluster, "n1", new Read("k"));
        cluster.deliverInFlight();
        assertThat(read.reply()).isEqualTo(new ReadOk("20"));
    }

    @Test
    void messagesThatNeverStopCausingMessagesAreAnErrorNotAHang() {
        SimCluster cluster = start(TestSystem.hotPotato(1), 2, Latency.constant(MS));
        assertThatThrownBy(cluster::deliverInFlight).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("keep causing more");
        long delivered = cluster.net().deliveredCount();
        cluster.loop().runUntil(cluster.loop().now() + 10 * MS);
        assertThat(cluster.net().deliveredCount()).as("the potatoes are still in flight").isGreaterThan(delivered);
    }

    @Test
    void firingATimerRunsTheFirstDueOneOfItsTypeNowAndOnlyOnce() {
        SimCluster cluster = store();
        ClientCall late = send(cluster, "n1", new StoreNode.Ping(100 * MS));
        ClientCall early = send(cluster, "n1", new StoreNode.Ping(50 * MS));
        cluster.loop().runUntil(10 * MS);
        cluster.fireTimer("n1", Record.class);
        cluster.deliverInFlight();
        assertThat(early.reply()).isEqualTo(new StoreNode.Pong(10 * MS));
        assertThat(late.response()).isEmpty();
        cluster.loop().runUntil(500 * MS);
        assertThat(trace.count("timer n1")).as("the fired timer does not fire again").isEqualTo(2);
        assertThat(late.reply()).isEqualTo(new StoreNode.Pong(110 * MS));
    }

    @Test
    void firingATimerThatIsNotThereIsATestBug() {
        SimCluster cluster = start(TestSystem.gossip(), 2, Latency.constant(MS));
        assertThatThrownBy(() -> cluster.fireTimer("n1", Integer.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("n1 has no pending Integer timer");
        cluster.fireTimer("n1", String.class);
        cluster.kill("n2");
        assertThatThrownBy(() -> cluster.fireTimer("n2", String.class)).isInstanceOf(IllegalStateException.class);
    }
}
