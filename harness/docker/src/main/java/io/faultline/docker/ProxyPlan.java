package io.faultline.docker;

import io.faultline.runtime.Link;
import java.util.List;

/**
 * Where every proxy listens inside the Toxiproxy container. Node-to-node proxies listen on ports only the Docker
 * network sees ({@code 10000 + 100·from + to}, by node index), so there is one for every directed pair however
 * large the cluster. Client proxies must be reachable from the host, and Testcontainers' Toxiproxy publishes
 * exactly 32 ports (8666–8697): they are shared out as <em>lanes</em>, one proxy per node in each lane, so there
 * are {@code 32 / nodes} lanes. Each client endpoint takes the next lane in turn; with more clients than lanes,
 * clients share lanes, and a fault on one client's link then also hits the others in its lane.
 *
 * @param nodes node ids, in cluster order
 */
record ProxyPlan(List<String> nodes) {

    /** The port every node server listens on inside its own container. */
    static final int NODE_PORT = 7000;
    /** The ports {@code ToxiproxyContainer} publishes to the host, first and count. */
    static final int FIRST_PUBLISHED_PORT = 8666;
    static final int PUBLISHED_PORTS = 32;
    private static final int NODE_LINK_BASE_PORT = 10000;

    ProxyPlan {
        nodes = List.copyOf(nodes);
        if (nodes.size() > PUBLISHED_PORTS) {
            throw new IllegalArgumentException("the docker runtime runs at most " + PUBLISHED_PORTS
                    + " nodes (one published Toxiproxy port per client lane and node); asked for " + nodes.size());
        }
    }

    int lanes() {
        return PUBLISHED_PORTS / nodes.size();
    }

    /** The proxy's name for {@code from → to} between nodes: {@code n1_to_n2}. */
    static String nodeProxyName(Link link) {
        return link.from() + "_to_" + link.to();
    }

    /** The port inside the Toxiproxy container where {@code link}'s proxy listens. */
    int nodeProxyPort(Link link) {
        return NODE_LINK_BASE_PORT + 100 * index(link.from()) + index(link.to());
    }

    static String laneProxyName(int lane, String node) {
        return "lane" + lane + "_to_" + node;
    }

    /** The published port (inside the container) of lane {@code lane}'s proxy to {@code node}. */
    int laneProxyPort(int lane, String node) {
        return FIRST_PUBLISHED_PORT + lane * nodes.size() + index(node);
    }

    /** The address a node's upstream has on the Docker network: its alias and port. */
    static String upstreamOf(String node) {
        return node + ":" + NODE_PORT;
    }

    int index(String node) {
        int index = nodes.indexOf(node);
        if (index < 0) {
            throw new IllegalArgumentException("no node " + node + " in " + nodes);
        }
        return index;
    }
}
