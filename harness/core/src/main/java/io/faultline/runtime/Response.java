package io.faultline.runtime;

import io.faultline.node.Message;

/** How a {@link Client} request ended: a reply (which may be an error body), or no reply in time. */
public sealed interface Response {

    /** The node answered with {@code body}: an {@code *_ok} or an {@code error}. */
    record Reply(String node, Message body) implements Response {
    }

    /** No reply within the timeout; the request may or may not have taken effect. */
    record TimedOut(String node) implements Response {
    }
}
