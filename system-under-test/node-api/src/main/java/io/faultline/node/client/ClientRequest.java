package io.faultline.node.client;

import io.faultline.node.Message;

/**
 * A request a client sends to a node ({@code read}, {@code write}, {@code cas}, {@code leave}, a family's own such
 * as Chord's {@code lookup}). Unlike replies and node-to-node messages, whose unknown fields a node ignores as
 * Maelstrom nodes do, a client request must decode exactly: a field its record lacks is a request the node would
 * silently not carry out (a {@code cas} that lost its {@code create_if_not_exists} fails with 20 instead of
 * creating the key), so {@link io.faultline.node.MessageCodec} refuses it and the node server answers 12
 * (malformed-request), naming the field.
 */
public interface ClientRequest extends Message {
}
