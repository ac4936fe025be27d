package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.faultline.node.NodeFactories;
import io.faultline.node.client.Read;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Response;
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
 * the trace. A read gets an answer (a value or an error) from any live, reachable node that has a leader, so
 * "answered" means "reached".
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
        ClientTransport mine = cluster.client("c0");
        ClientTransport other = cluster.client("c1");
        assertThat(cluster.laneMates("c0")).containsExactly("c0");
        assertThat(answered(mine, "n1")).isTrue();

        cluster.net().partition(Grudge.oneWay("c0", "n1"));
        assertThat(silent(mine, "n1")).isTrue();
        assertThat(answered(other, "n1")).as("another lane").isTrue();
        assertThat(answered(mine, "n2")).as("another node").isTrue();
        assertThat(silent(mine, "n1")).as("still cut").isTrue();

        cluster.net().heal();
        assertThat(answered(mine, "n1")).isTrue();
    }

    @Test
    void cuttingTheReplyPathLosesTheReplies() {
        ClientTransport mine = cluster.client("c2");
        assertThat(answered(mine, "n3")).isTrue();
        cluster.net().partition(Grudge.of(List.of(new Link("n3", "c2"))));
        assertThat(silent(mine, "n3")).isTrue();
        cluster.net().heal();
        assertThat(answered(mine, "n3")).isTrue();
    }

    @Test
    void aLatencyToxicDelaysRequests() {
        ClientTransport mine = cluster.client("c3");
        assertThat(answered(mine, "n2")).isTrue();
        cluster.net().slow(new Link("c3", "n2"), 400_000_000L, 0);
        assertThat(eventualLatencyNanos(mine, "n2")).as("at least the added latency").isGreaterThanOrEqualTo(400_000_000L);
        cluster.net().fast();
        assertThat(answered(mine, "n2")).isTrue();
    }

    @Test
    void aPausedNodeAnswersNothingUntilItResumes() {
        ClientTransport mine = cluster.client("c4");
        assertThat(answered(mine, "n4")).isTrue();
        cluster.pause("n4");
        assertThat(cluster.isPaused("n4")).isTrue();
        assertThat(silent(mine, "n4")).isTrue();
        cluster.resume("n4");
        assertThat(answered(mine, "n4")).isTrue();
    }

    @Test
    void aKilledNodeComesBackOnStart() {
        ClientTransport mine = cluster.client("c5");
        assertThat(answered(mine, "n5")).isTrue();
        cluster.kill("n5");
        assertThat(cluster.isRunning("n5")).isFalse();
        assertThat(silent(mine, "n5")).isTrue();
        cluster.start("n5");
        assertThat(answered(mine, "n5")).as("answers again after its restart").isTrue();
    }

    /**
     * Whether a read sent to {@code node} gets no reply within two seconds. Raft may also stay silent while it
     * elects a leader, which is why every negative check follows a positive one on the same path.
     */
    private static boolean silent(ClientTransport client, String node) {
        return replyLatencyNanos(client, node, 2 * SECOND) < 0;
    }

    /** Whether a read gets a reply within 20 s, retrying every 2 s (a restart or an election may be under way). */
    private static boolean answered(ClientTransport client, String node) {
        return eventualLatencyNanos(client, node) >= 0;
    }

    private static long eventualLatencyNanos(ClientTransport client, String node) {
        long deadline = cluster.loop().now() + 20 * SECOND;
        while (cluster.loop().now() < deadline) {
            long latency = replyLatencyNanos(client, node, 2 * SECOND);
            if (latency >= 0) {
                return latency;
            }
        }
        return -1;
    }

    /** The time to a reply, or -1 if none came within {@code timeoutNanos}. */
    private static long replyLatencyNanos(ClientTransport client, String node, long timeoutNanos) {
        Response[] response = new Response[1];
        long start = cluster.loop().now();
        long[] end = new long[1];
        client.request(node, new Read("x"), timeoutNanos, r -> {
            response[0] = r;
            end[0] = cluster.loop().now();
        });
        cluster.loop().runUntil(() -> response[0] != null, start + timeoutNanos + 5 * SECOND);
        return response[0] instanceof Response.Reply ? end[0] - start : -1;
    }
}
