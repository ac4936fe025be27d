package io.faultline.realtime;

import io.faultline.runtime.EventLoop;
import io.faultline.workloads.client.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The requests a real-time client endpoint has sent and not yet seen answered: it numbers them ({@code msg_id}),
 * hands a reply to the request it answers ({@code in_reply_to}), and times out those left unanswered. A reply
 * after its timeout, or a second reply, finds nothing and is dropped, as the simulator drops it. Loop thread only.
 */
public final class PendingRequests {

    private record Pending(String node, Consumer<Response> onResponse) {
    }

    private final EventLoop loop;
    private final Consumer<String> beforeTimeOut;
    // looked up and removed by msg_id; only searched by node, never iterated in an order that matters
    private final Map<Long, Pending> pending = new HashMap<>();
    private long nextMsgId = 1;

    /**
     * @param beforeTimeOut called with the node of a request that just timed out, once it no longer counts as
     *                      pending and before its callback runs (to close a connection nothing else waits on)
     */
    public PendingRequests(EventLoop loop, Consumer<String> beforeTimeOut) {
        this.loop = loop;
        this.beforeTimeOut = beforeTimeOut;
    }

    /**
     * Records a request to {@code node} that times out after {@code timeoutNanos}.
     *
     * @return its {@code msg_id}
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public long open(String node, long timeoutNanos, Consumer<Response> onResponse) {
        if (timeoutNanos <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeoutNanos);
        }
        long msgId = nextMsgId++;
        pending.put(msgId, new Pending(node, onResponse));
        loop.schedule(loop.now() + timeoutNanos, () -> timeOut(msgId));
        return msgId;
    }

    /** Whether {@code msgId} names a request still waiting for its reply. */
    public boolean awaits(long msgId) {
        return pending.containsKey(msgId);
    }

    /** Whether some request to {@code node} still waits. */
    public boolean awaitsAny(String node) {
        return pending.values().stream().anyMatch(request -> request.node().equals(node));
    }

    /** Hands {@code reply} to request {@code inReplyTo}, if it still waits; returns whether it did. */
    public boolean answer(long inReplyTo, Response.Reply reply) {
        Pending request = pending.remove(inReplyTo);
        if (request == null) {
            return false;
        }
        request.onResponse().accept(reply);
        return true;
    }

    /** Forgets every request: none gets a callback. */
    public void clear() {
        pending.clear();
    }

    private void timeOut(long msgId) {
        Pending request = pending.remove(msgId);
        if (request != null) {
            beforeTimeOut.accept(request.node());
            request.onResponse().accept(new Response.TimedOut(request.node()));
        }
    }
}
