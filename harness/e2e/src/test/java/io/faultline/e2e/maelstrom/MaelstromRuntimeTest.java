package io.faultline.e2e.maelstrom;

import static io.faultline.e2e.maelstrom.Requests.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.maelstrom.MaelstromRuntime;
import io.faultline.maelstrom.MaelstromSystem;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.runtime.Capabilities;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Killable;
import io.faultline.runtime.Link;
import io.faultline.runtime.Pausable;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.workloads.client.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The maelstrom runtime's contract, with three copies of the correct Python node (leader n1). */
@Timeout(60)
class MaelstromRuntimeTest {

    private static final Duration SHORT = Duration.ofMillis(700);
    private static final Duration LONG = Duration.ofSeconds(5);

    private final List<String> log = new ArrayList<>();
    private Cluster cluster;

    private Cluster start(List<String> bin) {
        RuntimeSettings settings = new RuntimeSettings(1, log::add, bin);
        cluster = new MaelstromRuntime(settings, Duration.ofSeconds(10))
                .start(ClusterSpec.of(new MaelstromSystem(), 3));
        return cluster;
    }

    @AfterEach
    void close() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyNodeAnswersInitAndFollowersForwardClientRequestsToTheLeader() {
        start(MaelstromPrograms.leader());

        assertThat(ask(cluster, "c1", "n2", new Write(0L, 3L), LONG)).isEqualTo(reply("n2", new WriteOk()));
        assertThat(ask(cluster, "c2", "n3", new Read(0L), LONG)).isEqualTo(reply("n3", new ReadOk(3L)));
        assertThat(log).anyMatch(line -> line.contains("every node answered init"))
                .anyMatch(line -> line.contains("n2: n2: leader is n1"));
    }

    @Test
    void aOneWayCutBreaksOnlyItsDirectionAndHealRestoresIt() {
        start(MaelstromPrograms.leader());
        ask(cluster, "c1", "n1", new Write(0L, 1L), LONG);

        cluster.net().partition(Grudge.oneWay("n2", "n1"));
        assertThat(ask(cluster, "c1", "n2", new Read(0L), SHORT)).as("n2's forward is cut")
                .isInstanceOf(Response.TimedOut.class);
        assertThat(ask(cluster, "c1", "n1", new Read(0L), SHORT)).isEqualTo(reply("n1", new ReadOk(1L)));

        cluster.net().partition(Grudge.oneWay("n1", "n2"));
        assertThat(ask(cluster, "c1", "n2", new Read(0L), SHORT)).as("the leader's answer to n2 is cut")
                .isInstanceOf(Response.TimedOut.class);

        cluster.net().heal();
        assertThat(ask(cluster, "c1", "n2", new Read(0L), LONG)).isEqualTo(reply("n2", new ReadOk(1L)));
    }

    @Test
    void aKilledNodeIsDownUntilStartedAgainAndComesBackEmpty() {
        start(MaelstromPrograms.leader());
        Killable nodes = Capabilities.require(cluster, Killable.class, "this test");
        ask(cluster, "c1", "n1", new Write(0L, 7L), LONG);

        nodes.kill("n1");
        assertThat(nodes.isRunning("n1")).isFalse();
        assertThat(ask(cluster, "c1", "n1", new Read(0L), SHORT)).isInstanceOf(Response.TimedOut.class);

        nodes.start("n1");
        assertThat(nodes.isRunning("n1")).isTrue();
        Response afterRestart = ask(cluster, "c1", "n1", new Read(0L), LONG);
        assertThat(afterRestart).as("a Maelstrom node keeps nothing across a crash: key 0 is gone")
                .isEqualTo(reply("n1", new ErrorReply(20, "no key 0")));
    }

    @Test
    void aPausedNodeAnswersWhatQueuedUpOnceResumed() {
        start(MaelstromPrograms.leader());
        Pausable nodes = Capabilities.require(cluster, Pausable.class, "this test");
        ask(cluster, "c1", "n1", new Write(0L, 5L), LONG);

        nodes.pause("n1");
        assertThat(nodes.isPaused("n1")).isTrue();
        assertThat(ask(cluster, "c1", "n1", new Read(0L), SHORT)).isInstanceOf(Response.TimedOut.class);
        cluster.loop().schedule(cluster.loop().now() + Duration.ofMillis(300).toNanos(), () -> nodes.resume("n1"));

        Duration took = Requests.timed(cluster, () -> assertThat(ask(cluster, "c2", "n1", new Read(0L), LONG))
                .isEqualTo(reply("n1", new ReadOk(5L))));
        assertThat(took).as("answered only after the resume").isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(nodes.isPaused("n1")).isFalse();
    }

    @Test
    void aSlowLinkDelaysAndAFlakyOneLosesUntilFast() {
        start(MaelstromPrograms.leader());
        ask(cluster, "c1", "n1", new Write(0L, 2L), LONG);

        cluster.net().slow(new Link("c1", "n1"), Duration.ofMillis(250).toNanos(), 0);
        Duration took = Requests.timed(cluster, () -> ask(cluster, "c1", "n1", new Read(0L), LONG));
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(250));

        cluster.net().flaky(new Link("n1", "c1"), 1.0);
        assertThat(ask(cluster, "c1", "n1", new Read(0L), SHORT)).isInstanceOf(Response.TimedOut.class);

        cluster.net().fast();
        assertThat(ask(cluster, "c1", "n1", new Read(0L), LONG)).isEqualTo(reply("n1", new ReadOk(2L)));
        assertThat(log).anyMatch(line -> line.contains("dropped  n1->c1 read_ok (lost)"));
    }

    /** A request line is well over 50 bytes: at 100 B/s it takes half a second to get onto the wire. */
    @Test
    void aThrottledLinkDelaysEachLineByItsSizeUntilFast() {
        start(MaelstromPrograms.leader());
        ask(cluster, "c1", "n1", new Write(0L, 3L), LONG);

        cluster.net().throttle(new Link("c1", "n1"), 100);
        Duration took = Requests.timed(cluster, () -> assertThat(ask(cluster, "c1", "n1", new Read(0L), LONG))
                .isEqualTo(reply("n1", new ReadOk(3L))));
        cluster.net().fast();
        Duration fast = Requests.timed(cluster, () -> ask(cluster, "c1", "n1", new Read(0L), LONG));

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(fast).isLessThan(Duration.ofMillis(500));
        assertThat(log).anyMatch(line -> line.contains("bandwidth c1->n1 100 B/s"));
    }

    @Test
    void eachNodeGetsItsIdForTheNodePlaceholderAndClosingKillsEveryNodeProcess() {
        List<String> bin = new ArrayList<>(MaelstromPrograms.leader());
        bin.add("--data-dir=/tmp/unused/{node}");
        start(bin);
        List<ProcessHandle> nodes = ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains("lin_kv_leader.py")).toList();
        assertThat(nodes).hasSize(3).allMatch(ProcessHandle::isAlive);
        assertThat(nodes).map(node -> node.info().commandLine().orElseThrow().replaceAll(".* ", ""))
                .containsExactlyInAnyOrder("--data-dir=/tmp/unused/n1", "--data-dir=/tmp/unused/n2",
                        "--data-dir=/tmp/unused/n3");

        cluster.close();

        nodes.forEach(node -> node.onExit().join());
        assertThat(nodes).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void aProgramThatNeverAnswersInitIsAOneLineErrorAndLeavesNoProcessBehind() {
        RuntimeSettings settings = new RuntimeSettings(1, log::add, List.of("sleep", "30"));
        MaelstromRuntime runtime = new MaelstromRuntime(settings, Duration.ofSeconds(1));

        assertThatThrownBy(() -> runtime.start(ClusterSpec.of(new MaelstromSystem(), 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("n1 did not answer Maelstrom's init with init_ok within 1s (is ")
                .hasMessageContaining("sleep a Maelstrom node? it must print").hasMessageNotContaining("\n");
        assertThat(ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains("sleep 30"))
                .filter(ProcessHandle::isAlive)).isEmpty();
    }

    private static Response reply(String node, io.faultline.node.Message body) {
        return new Response.Reply(node, body);
    }
}
