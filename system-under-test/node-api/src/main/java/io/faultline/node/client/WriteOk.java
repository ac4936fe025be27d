package io.faultline.node.client;

import io.faultline.node.Message;

/** lin-kv {@code write_ok}: the write took effect. */
public record WriteOk() implements Message {
}
