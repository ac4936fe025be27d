package io.faultline.maelstrom;

import io.faultline.node.CodecException;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.MessageCodec;
import io.faultline.realtime.PendingRequests;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Response;
import java.util.function.Consumer;

/**
 * A client endpoint on the harness's network: requests go out as Maelstrom envelopes from this client's id, replies
 * come back matched by {@code in_reply_to}. Runs on the loop only.
 */
final class MaelstromClient implements ClientTransport {

    private final String id;
    private final MaelstromNet net;
    private final MessageCodec codec;
    private final Trace trace;
    private final PendingRequests pending;

    MaelstromClient(String id, MaelstromNet net, RealTimeLoop loop, MessageCodec codec, Trace trace) {
        this.id = id;
        this.net = net;
        this.codec = codec;
        this.trace = trace;
        this.pending = new PendingRequests(loop, node -> { });
    }

    /** The endpoint id nodes see as {@code src}, for example {@code c3}. */
    public String id() {
        return id;
    }

    @Override
    public void request(String node, Message body, long timeoutNanos, Consumer<Response> onResponse) {
        long msgId = pending.open(node, timeoutNanos, onResponse);
        Envelope envelope = new Envelope(id, node, msgId, Envelope.NO_ID, body);
        net.send(Wire.parse(codec.encode(envelope)).orElseThrow());
    }

    /** A message for this client arrived. */
    void receive(Wire wire) {
        if (wire.inReplyTo() < 0 || !pending.awaits(wire.inReplyTo())) {
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
        pending.answer(wire.inReplyTo(), new Response.Reply(wire.src(), reply.body()));
    }
}
