package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.Message;
import io.faultline.node.NodeFactories;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.process.ProcessCluster;
import io.faultline.process.ProcessRuntime;
import io.faultline.runner.Runner;
import io.faultline.runner.SpecException;
import io.faultline.runner.TestSpec;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.workloads.client.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process runtime's capabilities on a three-node raft cluster of real JVMs: clients reach every node through
 * its proxy, {@code kill -9} and a restart keep acknowledged writes, SIGSTOP silences a node until SIGCONT, and
 * closing stops every process it started.
 */
@Timeout(180)
class ProcessClusterTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private static ProcessCluster cluster;
    private static List<String> log = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        ToxiproxyInstalled.assume();
        cluster = new ProcessRuntime(new RuntimeSettings(7, log::add), true)
                .start(ClusterSpec.of(NodeFactories.byName("raft"), 3));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aWriteThroughOneNodeIsReadThroughEveryNode() {
        assertThat(untilAnswered("n1", new Write("a", 1), WriteOk.class)).isInstanceOf(WriteOk.class);
        for (String node : cluster.nodes()) {
            assertThat(untilAnswered(node, new Read("a"), ReadOk.class)).isEqualTo(new ReadOk(1L));
        }
    }

    @Test
    void aKilledNodeIsSilentAndRestartsWithWhatItAcknowledged() {
        untilAnswered("n2", new Write("k", 7), WriteOk.class);
        cluster.kill("n2");
        assertThat(cluster.isRunning("n2")).isFalse();
        assertThat(ask("n2", new Read("k"), SECOND / 2)).isInstanceOf(Response.TimedOut.class);

        cluster.start("n2");
        assertThat(cluster.isRunning("n2")).isTrue();
        assertThat(untilAnswered("n2", new Read("k"), ReadOk.class)).isEqualTo(new ReadOk(7L));
        assertThat(log).contains("kill n2", "start n2");
    }

    @Test
    void aPausedNodeAnswersNothingUntilItResumes() {
        untilAnswered("n3", new Read("p"), Message.class);
        cluster.pause("n3");
        assertThat(cluster.isPaused("n3")).isTrue();
        assertThat(cluster.isRunning("n3")).as("paused counts as running").isTrue();
        assertThat(ask("n3", new Write("p", 1), SECOND / 2)).isInstanceOf(Response.TimedOut.class);

        cluster.resume("n3");
        assertThat(cluster.isPaused("n3")).isFalse();
        assertThat(untilAnswered("n3", new Write("p", 2), WriteOk.class)).isInstanceOf(WriteOk.class);
    }

    @Test
    void withoutToxiproxyARunFailsInOneLineSayingHowToInstallItAndKeepsNothing(@TempDir Path store)
            throws Exception {
        String previous = System.setProperty("faultline.toxiproxy", store.resolve("no-such-toxiproxy").toString());
        try {
            assertThatThrownBy(() -> Runner.run(TestSpec.defaults().withRuntime("process").withStoreDir(store)))
                    .isInstanceOf(SpecException.class)
                    .hasMessageContaining("FAULTLINE_TOXIPROXY")
                    .hasMessageContaining("go install github.com/Shopify/toxiproxy/v2/cmd/server@v2.12.0")
                    .hasMessageNotContaining("\n");
        } finally {
            if (previous == null) {
                System.clearProperty("faultline.toxiproxy");
            } else {
                System.setProperty("faultline.toxiproxy", previous);
            }
        }
        try (var left = Files.list(store)) {
            assertThat(left).as("nothing stored").isEmpty();
        }
    }

    @Test
    void aFaultTheRuntimeCannotInflictIsRefusedInOneLineAndTheStartedClusterLeavesNothing(@TempDir Path store)
            throws Exception {
        assertThatThrownBy(() -> Runner.run(TestSpec.defaults().withRuntime("process").withNodeCount(3)
                .withNemeses("clock").withStoreDir(store)))
                .isInstanceOf(SpecException.class)
                .hasMessage("the clock nemesis needs a runtime that is ClockSkewable, and ProcessCluster is not");
        try (var left = Files.list(store)) {
            assertThat(left).as("nothing stored").isEmpty();
        }
    }

    /** Asks until the node answers with {@code expected} (an election may be going on), for up to 30 s. */
    private static Message untilAnswered(String node, Message request, Class<? extends Message> expected) {
        long deadline = cluster.loop().now() + 30 * SECOND;
        Response last = null;
        while (cluster.loop().now() < deadline) {
            last = ask(node, request, SECOND);
            if (last instanceof Response.Reply reply && expected.isInstance(reply.body())) {
                return reply.body();
            }
            cluster.loop().runUntil(cluster.loop().now() + SECOND / 10);
        }
        throw new AssertionError(node + " never answered " + request + " with a " + expected.getSimpleName()
                + "; last: " + last);
    }

    private static Response ask(String node, Message request, long timeoutNanos) {
        Response[] response = new Response[1];
        cluster.client("c1").request(node, request, timeoutNanos, r -> response[0] = r);
        cluster.loop().runUntil(() -> response[0] != null, cluster.loop().now() + 2 * timeoutNanos);
        return response[0];
    }
}
