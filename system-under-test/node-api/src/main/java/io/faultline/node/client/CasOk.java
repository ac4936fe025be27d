package io.faultline.node.client;

import io.faultline.node.Message;

/** lin-kv {@code cas_ok}: the compare-and-set took effect. */
public record CasOk() implements Message {
}
