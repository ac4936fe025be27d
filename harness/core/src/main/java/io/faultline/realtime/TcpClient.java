package io.faultline.realtime;

import io.faultline.node.CodecException;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.MessageCodec;
import io.faultline.runtime.Client;
import io.faultline.runtime.Response;
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
public final class TcpClient implements Client, AutoCloseable {

    /** Where a client reaches a node: directly, or through the proxy of its client→node link. */
    @FunctionalInterface
    public interface Route {
        /** Called on the loop thread, before the first request to {@code node} on each new connection. */
        InetSocketAddress address(String client, String node);
    }

    private record Pending(String node, Consumer<Response> onResponse) {
    }

    private final String id;
    private final MessageCodec codec;
    private final RealTimeLoop loop;
    private final Route route;
    // loop thread only; looked up by msg_id and by node, never iterated in an order that matters
    private final Map<Long, Pending> pending = new HashMap<>();
    private final Map<String, LineConnection> connections = new HashMap<>();
    private long nextMsgId = 1;

    public TcpClient(String id, MessageCodec codec, RealTimeLoop loop, Route route) {
        this.id = id;
        this.codec = codec;
        this.loop = loop;
        this.route = route;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void request(String node, Message body, long timeoutNanos, Consumer<Response> onResponse) {
        if (timeoutNanos <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeoutNanos);
        }
        long msgId = nextMsgId++;
        pending.put(msgId, new Pending(node, onResponse));
        connectionTo(node).send(codec.encode(new Envelope(id, node, msgId, Envelope.NO_ID, body)));
        loop.schedule(loop.now() + timeoutNanos, () -> timeOut(msgId));
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
        Pending request = reply.isReply() ? pending.remove(reply.inReplyTo()) : null;
        if (request != null) {
            request.onResponse().accept(new Response.Reply(reply.src(), reply.body()));
        }
        // else: a reply after its timeout, or a duplicate; dropped as the simulator drops it
    }

    private void timeOut(long msgId) {
        Pending request = pending.remove(msgId);
        if (request == null) {
            return;
        }
        // the runner retires a process whose op timed out, so its connection would sit idle for the rest of the
        // run: close it unless another request still waits on it (a reused endpoint simply reconnects)
        if (pending.values().stream().noneMatch(other -> other.node().equals(request.node()))) {
            LineConnection idle = connections.remove(request.node());
            if (idle != null) {
                idle.close();
            }
        }
        request.onResponse().accept(new Response.TimedOut(request.node()));
    }

    /** Closes every connection; requests still waiting get no callback. */
    @Override
    public void close() {
        connections.values().forEach(LineConnection::close);
        connections.clear();
        pending.clear();
    }
}
