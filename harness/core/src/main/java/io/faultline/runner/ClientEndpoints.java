package io.faultline.runner;

import io.faultline.node.Message;
import io.faultline.node.NodeFactory;
import io.faultline.node.client.ErrorReply;
import io.faultline.runtime.Cluster;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Response;
import io.faultline.workloads.client.UntypedBody;
import java.util.List;
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

    /** The transport of process {@code process}: its own endpoint in the cluster, translating untyped bodies. */
    ClientTransport transportFor(long process) {
        return new Translating(cluster.client("c" + process));
    }

    /**
     * Passes typed requests through as they are; turns an {@link UntypedBody} into the system's record and the
     * reply to it back into an untyped body. An {@link ErrorReply} stays typed, since every system shares it.
     */
    private final class Translating implements ClientTransport {
        private final ClientTransport endpoint;

        Translating(ClientTransport endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public void request(String node, Message body, long timeoutNanos, Consumer<Response> onResponse) {
            if (body instanceof UntypedBody untyped) {
                endpoint.request(node, bodies.toMessage(untyped), timeoutNanos,
                        response -> onResponse.accept(untyped(response)));
            } else {
                endpoint.request(node, body, timeoutNanos, onResponse);
            }
        }

        private Response untyped(Response response) {
            if (response instanceof Response.Reply reply && !(reply.body() instanceof ErrorReply)) {
                return new Response.Reply(reply.node(), bodies.toBody(reply.body()));
            }
            return response;
        }
    }
}
