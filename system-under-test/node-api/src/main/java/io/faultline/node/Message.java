package io.faultline.node;

/**
 * The body of a message: a Java record whose components are plain data (numbers, strings, booleans, lists,
 * maps, nested records). On the wire it becomes the {@code body} of Maelstrom's envelope, with the
 * {@code type} under which its class is registered in a {@link MessageRegistry}; component names are written
 * in snake_case ({@code leaderId} becomes {@code leader_id}).
 *
 * <p>Bodies must be immutable: the simulator delivers the same object to the receiver (and twice when it
 * duplicates a message) without copying it.
 */
public interface Message {
}
