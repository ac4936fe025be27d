package io.faultline.realtime;

import io.faultline.node.CodecException;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.MessageCodec;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Response;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A client endpoint of a real cluster: one TCP connection per node it talks to, newline-delimited JSON envelopes
 * (the node server's protocol), replies matched by {@code in_reply_to}. Requests are written and replies read by
 * the connection's own threads; every callback runs on the {@link RealTimeLoop}, so the runner never sees
 * another thread. A request that cannot be sent (link cut, node dead) simply gets no reply and times out:
 * {@code info}, as it must be, since the client cannot know whether it arrived.
 */
public final class TcpClient implements ClientTransport, AutoCloseable {

    /** Where a client reaches a node: directly, or through the proxy of its client→node link. */
    @FunctionalInterface
    public interface Route {
        /** Called on the loop thread, before the first request to {@code node} on each new connection. */
        InetSocketAddress address(String client, String node);
    }

    private final String id;
    private final MessageCodec codec;
    private final RealTimeLoop loop;
    private final Route route;
    private final PendingRequests pending;
    // loop thread only; looked up by node, never iterated in an order that matters
    private final Map<String, LineConnection> connections = new HashMap<>();

    public TcpClient(String id, MessageCodec codec, RealTimeLoop loop, Route route) {
        this.id = id;
        this.codec = codec;
        this.loop = loop;
        this.route = route;
        this.pending = new PendingRequests(loop, this::closeIfIdle);
    }

    /** The endpoint id nodes see as {@code src}, for example {@code c3}. */
    public String id() {
        return id;
    }

    @Override
    public void request(String node, Message body, long timeoutNanos, Consumer<Response> onResponse) {
        long msgId = pending.open(node, timeoutNanos, onResponse);
        connectionTo(node).send(codec.encode(new Envelope(id, node, msgId, Envelope.NO_ID, body)));
    }

    private LineConnection connectionTo(String node) {
        LineConnection connection = connections.get(node);
        if (connection == null || connection.isClosed()) {
            connection = LineConnection.open(id + "-" + node, route.address(id, node),
                    line -> loop.post(() -> received(line)));
            connections.put(node, connection);
        }
        return connection;
    }

    private void received(String line) {
        Envelope reply;
        try {
            reply = codec.decode(line);
        } catch (CodecException e) {
            return; // not one of ours; the request it may answer times out
        }
        if (reply.isReply()) {
            pending.answer(reply.inReplyTo(), new Response.Reply(reply.src(), reply.body()));
        }
    }

    /**
     * A request to {@code node} timed out. The runner retires a process whose op timed out, so its connection
     * would sit idle for the rest of the run: close it unless another request still waits on it (a reused
     * endpoint simply reconnects).
     */
    private void closeIfIdle(String node) {
        if (!pending.awaitsAny(node)) {
            LineConnection idle = connections.remove(node);
            if (idle != null) {
                idle.close();
            }
        }
    }

    /** Closes every connection; requests still waiting get no callback. */
    @Override
    public void close() {
        connections.values().forEach(LineConnection::close);
        connections.clear();
        pending.clear();
    }
}
