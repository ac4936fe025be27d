package io.faultline.node.client;

/** lin-kv {@code read}: the value of {@code key}. Answered by {@link ReadOk}, or {@link ErrorReply} (20 if absent). */
public record Read(Object key) implements ClientRequest {
}
