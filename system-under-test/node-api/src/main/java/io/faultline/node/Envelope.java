package io.faultline.node;

import java.util.Objects;

/**
 * A message on the wire, Maelstrom's envelope: {@code {"src","dest","body":{"type","msg_id","in_reply_to",…}}}.
 * Runtimes that move messages between processes encode it with {@link MessageCodec}; the simulator moves the
 * objects themselves.
 *
 * @param src       sender id
 * @param dest      receiver id
 * @param msgId     the body's {@code msg_id}, or {@link #NO_ID}
 * @param inReplyTo the body's {@code in_reply_to}, or {@link #NO_ID}
 * @param body      the body
 */
public record Envelope(String src, String dest, long msgId, long inReplyTo, Message body) {

    /** Marks an absent {@code msg_id} or {@code in_reply_to}; Maelstrom ids are never negative. */
    public static final long NO_ID = -1;

    public Envelope {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dest, "dest");
        Objects.requireNonNull(body, "body");
    }

    public boolean hasMsgId() {
        return msgId != NO_ID;
    }

    public boolean isReply() {
        return inReplyTo != NO_ID;
    }
}
