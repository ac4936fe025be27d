package io.faultline.node.client;

import io.faultline.node.Message;

/**
 * lin-kv {@code cas}: if {@code key} holds {@code from}, set it to {@code to}. Answered by {@link CasOk}, or
 * {@link ErrorReply} with {@link ErrorCode#PRECONDITION_FAILED} (22) or {@link ErrorCode#KEY_DOES_NOT_EXIST} (20).
 */
public record Cas(Object key, Object from, Object to) implements Message {
}
