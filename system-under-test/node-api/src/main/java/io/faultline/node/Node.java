package io.faultline.node;

/**
 * A node of a distributed system, written sans-I/O in the style of etcd-raft: it reacts to a start, to messages
 * and to timers, and only <em>asks</em> its {@link Context} to send, to schedule or to persist. The runtime (the
 * simulator, or the real event loop in {@code node-server}) decides when and whether any of that happens.
 *
 * <p>Contract:
 * <ul>
 *   <li>Single-threaded: the runtime never calls two handlers at once, and never calls one on another thread
 *       while one runs. A node needs no locks and must start no threads.</li>
 *   <li>Deterministic: given the same sequence of calls and the same answers from its context ({@code now()},
 *       {@code random()}, {@code storage()}), a node makes the same requests. It reads no clock, no
 *       {@code java.util.Random}, no socket and no global mutable state; {@code NodeRules} enforces this.</li>
 *   <li>Crash means the object is discarded: the runtime builds a new instance from the {@link NodeFactory}
 *       over the storage that was synced, and calls {@link #onStart} again. Nothing else survives.</li>
 *   <li>A handler must not throw for anything a peer or client can send; an exception is a bug in the node and
 *       the runtime reports it loudly (the simulator fails the run with its seed).</li>
 * </ul>
 */
public interface Node {

    /** Called once per life of the node, before any message or timer: recover from storage, arm timers. */
    void onStart(Context ctx);

    /**
     * Called for each message delivered to this node. {@code from} is the sender's id (a node or a client);
     * {@link Context#replyTo()} addresses a reply to it, now or later.
     */
    void onMessage(Context ctx, String from, Message message);

    /** Called when a timer set with {@link Context#setTimer} fires and was not cancelled. */
    void onTimer(Context ctx, Object tag);
}
