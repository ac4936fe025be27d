package io.faultline.docker;

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
import java.util.function.Function;

/**
 * A client endpoint over real TCP: one connection per node it talks to, newline-delimited JSON envelopes (the
 * node server's protocol), replies matched by {@code in_reply_to}. Requests, timeouts and callbacks all happen on
 * the {@link RealTimeLoop}; socket threads only post what they read. A request that cannot be sent (refused, reset,
 * a cut link) is not failed early: it times out, which the harness records as {@code info}, because a message
 * written to a socket that later breaks may still have arrived.
 */
final class TcpClient implements Client {

    private record Pending(String node, Consumer<Response> onResponse) {
    }

    private final String id;
    private final MessageCodec codec;
    private final RealTimeLoop loop;
    private final Function<String, InetSocketAddress> addressOfNode;
    private final Consumer<String> trace;
    // looked up by node or msg_id, never iterated except to close
    private final Map<String, LineConnection> connections = new HashMap<>();
    private final Map<Long, Pending> pending = new HashMap<>();
    private long nextMsgId = 1;

    /**
     * @param addressOfNode where this client reaches each node (its own proxy for that node)
     * @param trace         one line per connection event, called on the loop
     */
    TcpClient(String id, MessageCodec codec, RealTimeLoop loop, Function<String, InetSocketAddress> addressOfNode,
              Consumer<String> trace) {
        this.id = id;
        this.codec = codec;
        this.loop = loop;
        this.addressOfNode = addressOfNode;
        this.trace = trace;
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

    /** Closes every connection; requests still pending will time out. */
    void close() {
        connections.values().forEach(LineConnection::close);
        connections.clear();
    }

    private LineConnection connectionTo(String node) {
        LineConnection current = connections.get(node);
        if (current == null || current.isClosed()) {
            current = new LineConnection(id + "->" + node, addressOfNode.apply(node),
                    line -> loop.post(() -> receive(line)), problem -> loop.post(() -> trace.accept(problem)));
            connections.put(node, current);
        }
        return current;
    }

    private void receive(String line) {
        Envelope envelope;
        try {
            envelope = codec.decode(line);
        } catch (CodecException e) {
            trace.accept(id + ": undecodable reply dropped: " + e.getMessage());
            return;
        }
        Pending request = envelope.isReply() ? pending.remove(envelope.inReplyTo()) : null;
        if (request == null) {
            // a reply after its timeout, or a message that answers nothing
            return;
        }
        request.onResponse().accept(new Response.Reply(envelope.src(), envelope.body()));
    }

    private void timeOut(long msgId) {
        Pending request = pending.remove(msgId);
        if (request != null) {
            request.onResponse().accept(new Response.TimedOut(request.node()));
        }
    }
}
