package io.faultline.maelstrom;

import io.faultline.node.CodecException;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.MessageCodec;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.runtime.Client;
import io.faultline.runtime.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A client endpoint on the harness's network: requests go out as Maelstrom envelopes from this client's id, replies
 * come back matched by {@code in_reply_to}. Runs on the loop only.
 */
final class MaelstromClient implements Client {

    private record Pending(String node, Consumer<Response> onResponse) {
    }

    private final String id;
    private final MaelstromNet net;
    private final RealTimeLoop loop;
    private final MessageCodec codec;
    private final Trace trace;
    // looked up and removed by msg_id, never iterated
    private final Map<Long, Pending> pending = new HashMap<>();
    private long nextMsgId = 1;

    MaelstromClient(String id, MaelstromNet net, RealTimeLoop loop, MessageCodec codec, Trace trace) {
        this.id = id;
        this.net = net;
        this.loop = loop;
        this.codec = codec;
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
        Envelope envelope = new Envelope(id, node, msgId, Envelope.NO_ID, body);
        pending.put(msgId, new Pending(node, onResponse));
        net.send(Wire.parse(codec.encode(envelope)).orElseThrow());
        loop.schedule(loop.now() + timeoutNanos, () -> timeOut(msgId));
    }

    /** A message for this client arrived. */
    void receive(Wire wire) {
        Pending request = wire.inReplyTo() < 0 ? null : pending.get(wire.inReplyTo());
        if (request == null) {
            trace.dropped(wire, "late or unasked");
            return;
        }
        Envelope reply;
        try {
            reply = codec.decode(wire.line());
        } catch (CodecException e) {
            // not a reply we can read: leave the request to time out, which records it as unknown (info)
            trace.dropped(wire, "unreadable: " + e.getMessage());
            return;
        }
        pending.remove(wire.inReplyTo());
        request.onResponse().accept(new Response.Reply(wire.src(), reply.body()));
    }

    private void timeOut(long msgId) {
        Pending request = pending.remove(msgId);
        if (request != null) {
            request.onResponse().accept(new Response.TimedOut(request.node()));
        }
    }
}
