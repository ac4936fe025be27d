package io.faultline.process;

import io.faultline.runtime.Net;
import java.net.InetSocketAddress;

/**
 * How the nodes of a process cluster and its clients reach each other: through a Toxiproxy proxy per link
 * ({@link ProxiedWiring}, the runtime's normal mode), or straight to each other's ports ({@link DirectWiring},
 * the baseline that shows what the proxies cost).
 */
interface Wiring extends AutoCloseable {

    /** The address node {@code from} is given for its peer {@code to}. */
    String peerAddress(String from, String to);

    /** Where client {@code client} connects to talk to {@code node}; called on the event loop. */
    InetSocketAddress clientAddress(String client, String node);

    /** The network the nemesis breaks. */
    Net net();

    /** Whether a node may move to another port while it is down ({@link #nodeMoved} then follows it). */
    boolean canMove();

    /** {@code node} now listens on another port. */
    void nodeMoved(String node);

    @Override
    void close();
}
