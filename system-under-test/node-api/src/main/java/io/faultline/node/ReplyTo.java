package io.faultline.node;

import java.util.Objects;

/**
 * Where a reply to a message goes: the message's sender and its {@code msg_id}. A value, so a node can keep it
 * in its state and answer long after the request arrived.
 *
 * @param to    the requester's id
 * @param msgId the request's {@code msg_id}, which becomes the reply's {@code in_reply_to}
 */
public record ReplyTo(String to, long msgId) {

    public ReplyTo {
        Objects.requireNonNull(to, "to");
    }
}
