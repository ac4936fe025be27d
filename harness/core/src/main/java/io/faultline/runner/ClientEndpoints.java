package io.faultline.runner;

import io.faultline.node.NodeFactory;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.Response;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Reply;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where each client process sends its ops and through what: process {@code p} talks to node {@code p mod n}
 * (Jepsen's binding, so a worker whose process retires after an {@code info} moves to the next node) through its
 * own client endpoint {@code c<p>}, whose late replies can never reach a successor process.
 */
final class ClientEndpoints {

    private final Cluster cluster;
    private final List<String> nodes;
    private final MessageBodies bodies;

    ClientEndpoints(Cluster cluster, NodeFactory system) {
        this.cluster = cluster;
        this.nodes = cluster.nodes();
        this.bodies = new MessageBodies(system.messages());
    }

    /** The node process {@code process} talks to. */
    String nodeFor(long process) {
        return nodes.get((int) (process % nodes.size()));
    }

    /** The transport of process {@code process}: its own endpoint in the cluster. */
    ClientTransport transportFor(long process) {
        return new Transport(cluster.client("c" + process));
    }

    /** A workloads transport over a runtime client endpoint. */
    private final class Transport implements ClientTransport {
        private final io.faultline.runtime.Client endpoint;

        Transport(io.faultline.runtime.Client endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public void request(String node, Map<String, Object> body, long timeoutNanos, Consumer<Reply> onReply) {
            endpoint.request(node, bodies.toMessage(body), timeoutNanos, response -> onReply.accept(replyOf(response)));
        }

        private Reply replyOf(Response response) {
            return switch (response) {
                case Response.Reply reply -> new Reply.Received(bodies.toBody(reply.body()));
                case Response.TimedOut timedOut -> new Reply.TimedOut();
            };
        }
    }
}
