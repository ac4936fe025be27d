package io.faultline.node.client;

/**
 * {@code leave}: the node should leave its cluster gracefully, handing over what it holds, and then stop taking part
 * (a DHT's voluntary departure, Chord §5.3). Answered by {@link LeaveOk} once the node has left, or by
 * {@link ErrorReply}; a system without membership does not answer (10 or nothing), and the harness then stops the
 * node as if it had crashed.
 */
public record Leave() implements ClientRequest {
}
