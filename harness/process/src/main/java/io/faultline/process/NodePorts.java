package io.faultline.process;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The port each node listens on. Fixed for the cluster's life, so that a restarted node is where its proxies
 * expect it, unless another program took the port while the node was down: then the node {@link #move}s and its
 * proxies are pointed at the new port. Read from several threads.
 */
final class NodePorts {

    private final Map<String, Integer> ports = new ConcurrentHashMap<>();

    /** A free port for each node. */
    static NodePorts pickFor(List<String> nodes) {
        NodePorts ports = new NodePorts();
        nodes.forEach(node -> ports.ports.put(node, FreePorts.pick()));
        return ports;
    }

    int of(String node) {
        Integer port = ports.get(node);
        if (port == null) {
            throw new IllegalArgumentException("no node " + node);
        }
        return port;
    }

    /** Gives {@code node} a new free port. */
    void move(String node) {
        ports.put(node, FreePorts.pick());
    }
}
