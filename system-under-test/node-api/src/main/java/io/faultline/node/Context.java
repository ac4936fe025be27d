package io.faultline.node;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The node's only door to the world. Every effect a node has goes through here, which is what lets the same node
 * run in the deterministic simulator and in {@code node-server} (FoundationDB's {@code INetwork}, TigerBeetle's
 * {@code MessageBus}/{@code Time}/{@code Storage}).
 *
 * <p>A context is valid only during the handler call it was passed to; keep ids and {@link ReplyTo} values, not
 * the context. Requests are buffered: messages are handed to the network after the handler returns, in the order
 * they were sent; the network may then delay, reorder, duplicate or lose them.
 */
public interface Context {

    /** This node's id, for example {@code n1}. */
    String self();

    /** The other nodes of the cluster (never {@link #self()}), in a fixed order. */
    List<String> peers();

    /**
     * This node's clock in nanoseconds, from an arbitrary origin. Not comparable across nodes: a runtime may
     * offset it, make it run fast or slow, and a clock fault may step it either way, as NTP steps a wall clock.
     * Use it for leases and timeouts (and distrust it, as real systems must), never as a global order.
     */
    long now();

    /** The node's random source, seeded by the runtime. The only randomness a node may use. */
    RandomGenerator random();

    /**
     * Sends {@code body} to {@code to} (a node or a client id) as a new message. Fire and forget: there is no
     * delivery guarantee, and a message to an unknown id is silently lost, as on a real network.
     *
     * @return the message's {@code msg_id}, unique for this life of this node, so a reply can be matched by
     *         {@link #inReplyTo()}
     */
    long send(String to, Message body);

    /**
     * The address of the message being handled: its sender and {@code msg_id}. Valid only inside
     * {@link Node#onMessage}; keep it to answer later (for example a client write acknowledged after commit).
     */
    ReplyTo replyTo();

    /** Sends {@code body} as the reply to {@code request}: to its sender, with {@code in_reply_to} set. */
    void reply(ReplyTo request, Message body);

    /** Replies to the message being handled. */
    default void reply(Message body) {
        reply(replyTo(), body);
    }

    /** The {@code in_reply_to} of the message being handled, or {@link Envelope#NO_ID} if it is no reply. */
    long inReplyTo();

    /**
     * Calls {@link Node#onTimer} with {@code tag} after {@code afterNanos} of this node's clock (a negative delay
     * counts as zero). Timers do not survive a crash. A paused node sees its due timers when it resumes.
     *
     * @return an id for {@link #cancelTimer}
     */
    long setTimer(long afterNanos, Object tag);

    /** Cancels a timer; cancelling one that fired or was already cancelled does nothing. */
    void cancelTimer(long timerId);

    /** The node's durable storage; writes are durable only after {@link Storage#sync()}. */
    Storage storage();

    /** A line in the node's log, stamped by the runtime with the node id and time. For people, not for checks. */
    void log(String line);
}
