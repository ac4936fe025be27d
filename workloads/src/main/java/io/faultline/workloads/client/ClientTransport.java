package io.faultline.workloads.client;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Carries one client request to a node and its reply back: the simulator's network, or TCP, provided by
 * the harness. Clients know nothing else about the transport.
 *
 * <p>Contract: {@link #request} never blocks. It adds the envelope ({@code src}, {@code dest},
 * {@code msg_id}) and matches the reply by {@code in_reply_to}. It calls {@code onReply} exactly once:
 * with the reply's body, with {@link Reply.TimedOut} when {@code timeoutNanos} pass without one (a late reply
 * is then dropped), or with {@link Reply.NotSent} when the request certainly never left. In the simulator the
 * callback runs on the simulator's thread at a virtual time; in real runtimes, on the transport's thread.
 */
public interface ClientTransport {

    /**
     * @param node         the node to ask
     * @param body         the request body, Maelstrom style: {@code {"type": "read", "key": 3}}
     * @param timeoutNanos how long to wait for the reply
     * @param onReply      called exactly once with the outcome
     */
    void request(String node, Map<String, Object> body, long timeoutNanos, Consumer<Reply> onReply);
}
