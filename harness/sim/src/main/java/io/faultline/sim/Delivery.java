package io.faultline.sim;

import io.faultline.node.Message;

/**
 * A message in flight, and the event of its arrival. One object per message: the envelope's fields live here
 * directly, so the simulator allocates no {@code Envelope} and no JSON on the hot path.
 */
final class Delivery implements SimEvent {

    final Endpoint from;
    final Endpoint to;
    final long msgId;
    final long inReplyTo;
    final Message body;
    private final SimNet net;

    Delivery(SimNet net, Endpoint from, Endpoint to, long msgId, long inReplyTo, Message body) {
        this.net = net;
        this.from = from;
        this.to = to;
        this.msgId = msgId;
        this.inReplyTo = inReplyTo;
        this.body = body;
    }

    @Override
    public void fire() {
        net.arrive(this);
    }
}
