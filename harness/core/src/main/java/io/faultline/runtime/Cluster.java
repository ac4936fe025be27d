package io.faultline.runtime;

import io.faultline.workloads.client.ClientTransport;
import java.util.List;

/**
 * A running cluster as the harness sees it: nodes to talk to, a network to break, and one event loop on which
 * every harness action (generator steps, nemesis faults, client completions) runs, so that the runner is
 * single-threaded in every runtime.
 *
 * <p>Faults on nodes are capabilities, implemented only by runtimes that can inflict them: {@link Killable},
 * {@link Pausable}, {@link ClockSkewable}. Use {@link Capabilities#require} to ask for one with a clear error.
 */
public interface Cluster extends AutoCloseable {

    /** Node ids, in cluster order. */
    List<String> nodes();

    /** The network between nodes, and between clients and nodes. */
    Net net();

    /** Time and scheduling for the harness. */
    EventLoop loop();

    /**
     * The client endpoint named {@code id} (for example {@code c3}), created on first use: the id nodes see as
     * {@code src}, which must not be a node id. The same id always gives the same endpoint.
     */
    ClientTransport client(String id);

    /** Stops every node and releases what the runtime holds. The cluster is unusable afterwards. */
    @Override
    void close();
}
