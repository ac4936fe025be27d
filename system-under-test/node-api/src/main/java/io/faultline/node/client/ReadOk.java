package io.faultline.node.client;

import io.faultline.node.Message;

/** lin-kv {@code read_ok}: the value read. */
public record ReadOk(Object value) implements Message {
}
