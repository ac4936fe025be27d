package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.faultline.node.NodeFactories;
import io.faultline.node.client.Read;
import io.faultline.runtime.Client;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.runtime.Response;
import io.faultline.runtime.RuntimeSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each fault of the docker runtime, seen by a client: five raft nodes (the README's start-up figure is this
 * cluster's), cuts of a client's own request and reply paths, a latency toxic, pause and kill, and the node logs in
 * the trace. A read gets an answer (a value or an error) from any live, reachable node, so "answered" means
 * "reached".
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DockerClusterIT {

    private static final long SECOND = 1_000_000_000L;
    private static final List<String> trace = new ArrayList<>();
    private static DockerCluster cluster;

    @BeforeAll
    static void startFiveNodes() {
        assumeTrue(DockerEngine.isRunning(), DockerEngine.NOT_RUNNING);
        long start = System.nanoTime();
        cluster = new DockerRuntime(new RuntimeSettings(1, trace::add))
                .start(ClusterSpec.of(NodeFactories.byName("raft"), 5));
        System.out.printf("docker: 5-node raft cluster with Toxiproxy (50 proxies) started in %.1f s; %s%n",
                (System.nanoTime() - start) / 1e9, trace);
    }

    @AfterAll
    static void close() {
        if (cluster != null) {
            cluster.close();
            assertThat(trace).as("node logs in the trace").anyMatch(line -> line.endsWith("n5| ready"));
        }
    }

    @Test
    void cuttingAClientsRequestPathSilencesOnlyThatClient() {
        Client mine = cluster.client("c0");
        Client other = cluster.client("c1");
        assertThat(cluster.laneMates("c0")).containsExactly("c0");
        assertThat(answered(mine, "n1")).isTrue();

        cluster.net().partition(Grudge.oneWay("c0", "n1"));
        assertThat(answered(mine, "n1")).isFalse();
        assertThat(answered(other, "n1")).as("another lane").isTrue();
        assertThat(answered(mine, "n2")).as("another node").isTrue();

        cluster.net().heal();
        assertThat(answered(mine, "n1")).isTrue();
    }

    @Test
    void cuttingTheReplyPathLosesTheReplies() {
        Client mine = cluster.client("c2");
        cluster.net().partition(Grudge.of(List.of(new Link("n3", "c2"))));
        assertThat(answered(mine, "n3")).isFalse();
        cluster.net().heal();
        assertThat(answered(mine, "n3")).isTrue();
    }

    @Test
    void aLatencyToxicDelaysRequests() {
        Client mine = cluster.client("c3");
        cluster.net().slow(new Link("c3", "n2"), 400_000_000L, 0);
        long start = cluster.loop().now();
        assertThat(answered(mine, "n2")).isTrue();
        assertThat(cluster.loop().now() - start).as("at least the added latency").isGreaterThanOrEqualTo(400_000_000L);
        cluster.net().fast();
        assertThat(answered(mine, "n2")).isTrue();
    }

    @Test
    void aPausedNodeAnswersNothingUntilItResumes() {
        Client mine = cluster.client("c4");
        cluster.pause("n4");
        assertThat(cluster.isPaused("n4")).isTrue();
        assertThat(answered(mine, "n4")).isFalse();
        cluster.resume("n4");
        assertThat(answered(mine, "n4")).isTrue();
    }

    @Test
    void aKilledNodeComesBackOnStart() {
        Client mine = cluster.client("c5");
        cluster.kill("n5");
        assertThat(cluster.isRunning("n5")).isFalse();
        assertThat(answered(mine, "n5")).isFalse();
        cluster.start("n5");
        assertThat(eventuallyAnswered(mine, "n5", 30)).as("answers within 30 s of its restart").isTrue();
    }

    /** Whether a read sent to {@code node} gets any reply within a second. */
    private static boolean answered(Client client, String node) {
        Response[] response = new Response[1];
        client.request(node, new Read("x"), SECOND, r -> response[0] = r);
        cluster.loop().runUntil(() -> response[0] != null, cluster.loop().now() + 5 * SECOND);
        return response[0] instanceof Response.Reply;
    }

    private static boolean eventuallyAnswered(Client client, String node, int seconds) {
        long deadline = cluster.loop().now() + seconds * SECOND;
        while (cluster.loop().now() < deadline) {
            if (answered(client, node)) {
                return true;
            }
        }
        return false;
    }
}
