package io.faultline.runtime;

import io.faultline.node.Message;
import java.util.function.Consumer;

/**
 * A client's endpoint in the cluster: it sends requests to nodes and hears their replies, over links the
 * {@link Net} can break like any other.
 */
public interface Client {

    /** The endpoint id nodes see as {@code src}, for example {@code c3}. */
    String id();

    /**
     * Sends {@code body} to {@code node} with a fresh {@code msg_id} and calls {@code onResponse} exactly once,
     * on the {@link EventLoop}: with the first reply whose {@code in_reply_to} matches, or with
     * {@link Response.TimedOut} after {@code timeoutNanos}. A reply that arrives after the timeout is dropped.
     * A timeout says nothing about whether the request took effect: the harness records it as {@code info}.
     */
    void request(String node, Message body, long timeoutNanos, Consumer<Response> onResponse);
}
