package io.faultline.sim;

import io.faultline.node.Message;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Response;
import java.util.Optional;

/**
 * One client request whose outcome is kept rather than handed to a callback, so that a test can run the
 * simulation and then assert on it: answered or not, and with what.
 */
public final class ClientCall {

    private final String node;
    private final Message request;
    private Response response;

    private ClientCall(String node, Message request) {
        this.node = node;
        this.request = request;
    }

    /** Sends {@code request} to {@code node} from {@code client}; see {@link ClientTransport#request}. */
    public static ClientCall send(ClientTransport client, String node, Message request, long timeoutNanos) {
        ClientCall call = new ClientCall(node, request);
        client.request(node, request, timeoutNanos, response -> call.response = response);
        return call;
    }

    /** Whether the node's reply has arrived (a timeout is not a reply). */
    public boolean answered() {
        return response instanceof Response.Reply;
    }

    /** The reply body, an error reply included. */
    public Message reply() {
        if (response instanceof Response.Reply reply) {
            return reply.body();
        }
        throw new IllegalStateException("no reply: " + this);
    }

    /** How the request ended, or empty while it waits. */
    public Optional<Response> response() {
        return Optional.ofNullable(response);
    }

    public String node() {
        return node;
    }

    public Message request() {
        return request;
    }

    @Override
    public String toString() {
        return request + " @" + node + " -> " + (response == null ? "waiting" : response);
    }
}
