package io.faultline.e2e.maelstrom;

import io.faultline.node.Message;
import io.faultline.runtime.Cluster;
import io.faultline.workloads.client.Response;
import java.time.Duration;

/** Synchronous requests for tests: send through a client endpoint and run the cluster's loop until it answers. */
final class Requests {

    private Requests() {
    }

    /** {@code client}'s request to {@code node}, answered or timed out after {@code timeout}. */
    static Response ask(Cluster cluster, String client, String node, Message body, Duration timeout) {
        Response[] answer = new Response[1];
        cluster.client(client).request(node, body, timeout.toNanos(), response -> answer[0] = response);
        long deadline = cluster.loop().now() + timeout.toNanos() + Duration.ofSeconds(5).toNanos();
        cluster.loop().runUntil(() -> answer[0] != null, deadline);
        if (answer[0] == null) {
            throw new AssertionError("the client was never called back: the runtime broke the Client contract");
        }
        return answer[0];
    }

    /** How long the loop took to answer, in loop time. */
    static Duration timed(Cluster cluster, Runnable request) {
        long start = cluster.loop().now();
        request.run();
        return Duration.ofNanos(cluster.loop().now() - start);
    }
}
