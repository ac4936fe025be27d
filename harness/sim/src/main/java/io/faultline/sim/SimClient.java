package io.faultline.sim;

import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A simulated client endpoint: requests out over its links, replies matched back by {@code in_reply_to}. */
final class SimClient implements ClientTransport, Endpoint {

    private record Pending(String node, Consumer<Response> onResponse) {
    }

    private final String id;
    private final int index;
    private final World world;
    // looked up and removed by msg_id, never iterated
    private final Map<Long, Pending> pending = new HashMap<>();
    private long nextMsgId = 1;

    SimClient(String id, int index, World world) {
        this.id = id;
        this.index = index;
        this.world = world;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void request(String node, Message body, long timeoutNanos, Consumer<Response> onResponse) {
        if (timeoutNanos <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeoutNanos);
        }
        long msgId = nextMsgId++;
        pending.put(msgId, new Pending(node, onResponse));
        world.net().send(this, node, msgId, Envelope.NO_ID, body);
        world.sim().at(world.sim().now() + timeoutNanos, () -> timeOut(msgId));
    }

    @Override
    public void receive(Delivery delivery) {
        Pending request = delivery.inReplyTo == Envelope.NO_ID ? null : pending.remove(delivery.inReplyTo);
        if (request == null) {
            // a reply after its timeout, a duplicate, or a message that answers nothing
            world.trace().dropped(world.sim().now(), delivery.from.id(), id, delivery.body, "late");
            return;
        }
        world.trace().delivered(world.sim().now(), delivery.from.id(), id, delivery.body);
        request.onResponse().accept(new Response.Reply(delivery.from.id(), delivery.body));
    }

    /** Requests still waiting for a reply. */
    int pendingCount() {
        return pending.size();
    }

    private void timeOut(long msgId) {
        Pending request = pending.remove(msgId);
        if (request != null) {
            request.onResponse().accept(new Response.TimedOut(request.node()));
        }
    }
}
