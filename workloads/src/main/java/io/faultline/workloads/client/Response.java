package io.faultline.workloads.client;

import io.faultline.node.Message;

/** How a {@link ClientTransport} request ended: a reply (which may be an error body), no reply in time, or never sent. */
public sealed interface Response {

    /** The node answered with {@code body}: an {@code *_ok} or an {@code error}. */
    record Reply(String node, Message body) implements Response {
    }

    /** No reply within the timeout; the request may or may not have taken effect, now or later. */
    record TimedOut(String node) implements Response {
    }

    /**
     * The request certainly never reached the node (for example a TCP connection that was refused before
     * anything was written). A transport that cannot be certain must report {@link TimedOut} instead.
     */
    record NotSent(String node, String reason) implements Response {
    }
}
