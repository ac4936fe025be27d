package io.faultline.node.client;

/** lin-kv {@code write} (the history's put): set {@code key} to {@code value}. Answered by {@link WriteOk}. */
public record Write(Object key, Object value) implements ClientRequest {
}
