package io.faultline.sim;

import io.faultline.node.Message;
import io.faultline.workloads.client.Response;
import java.util.concurrent.atomic.AtomicReference;

/** Test shorthand: one client request, run the simulation until it completes, return how it ended. */
final class Ask {

    static final long TIMEOUT_NANOS = 1_000_000_000;

    private Ask() {
    }

    static Response ask(SimCluster cluster, String node, Message body) {
        AtomicReference<Response> response = new AtomicReference<>();
        cluster.client("c1").request(node, body, TIMEOUT_NANOS, response::set);
        long deadline = cluster.loop().now() + TIMEOUT_NANOS;
        cluster.loop().runUntil(() -> response.get() != null, deadline);
        return response.get();
    }

    /** The reply body, failing the test on a timeout. */
    static Message reply(SimCluster cluster, String node, Message body) {
        Response response = ask(cluster, node, body);
        if (response instanceof Response.Reply reply) {
            return reply.body();
        }
        throw new AssertionError("expected a reply to " + body + " from " + node + ", got " + response);
    }
}
