package io.faultline.workloads.client;

import io.faultline.node.Message;
import java.util.function.Consumer;

/**
 * The one client seam: carries a request to a node and its outcome back. Workload clients use it; every runtime
 * implements it (the simulator's network, TCP through Toxiproxy, Maelstrom's stdin/stdout, Docker), over links
 * the runtime's {@code Net} can break like any other. Clients know nothing else about the transport.
 *
 * <p>Contract: {@link #request} never blocks. It sends {@code body} in Maelstrom's envelope with a fresh
 * {@code msg_id} and calls {@code onResponse} exactly once, on the runtime's event loop: with the first reply
 * whose {@code in_reply_to} matches ({@link Response.Reply}), with {@link Response.TimedOut} when
 * {@code timeoutNanos} pass without one (a late reply is then dropped), or with {@link Response.NotSent} when
 * the request certainly never left. A timeout says nothing about whether the request took effect: {@code info}.
 */
public interface ClientTransport {

    /**
     * @param node         the node to ask
     * @param body         the request: a lin-kv record from {@code io.faultline.node.client}, a system's own
     *                     record, or an {@link UntypedBody} for a vocabulary the workloads have no records for
     * @param timeoutNanos how long to wait for the reply; must be positive
     * @param onResponse   called exactly once with the outcome
     */
    void request(String node, Message body, long timeoutNanos, Consumer<Response> onResponse);
}
