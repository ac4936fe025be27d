package io.faultline.docker;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.ToxiproxyClient;
import io.faultline.runtime.Link;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Every proxy of a cluster, made once at start ({@link ProxyPlan} says where each listens), and the proxy that
 * carries each link into a node: a node link's own, or the lane's proxy of a client (whose replies come back
 * through the same one). Clients take lanes in the order they first appear.
 */
final class Proxies {

    private final ProxyPlan plan;
    private final Set<String> nodeIds;
    private final Map<Link, Proxy> nodeLinks = new HashMap<>();
    private final Map<String, Proxy> laneProxies = new HashMap<>();
    private final Map<String, Integer> laneOfClient = new HashMap<>();
    private final String host;
    private final IntUnaryOperator hostPortOf;

    /**
     * @param hostPortOf the host port published for a port inside the Toxiproxy container
     */
    Proxies(ToxiproxyClient toxiproxy, ProxyPlan plan, String host, IntUnaryOperator hostPortOf) {
        this.plan = plan;
        this.nodeIds = Set.copyOf(plan.nodes());
        this.host = host;
        this.hostPortOf = hostPortOf;
        try {
            for (Link link : Link.allBetween(plan.nodes())) {
                nodeLinks.put(link, toxiproxy.createProxy(ProxyPlan.nodeProxyName(link),
                        "0.0.0.0:" + plan.nodeProxyPort(link), ProxyPlan.upstreamOf(link.to())));
            }
            for (int lane = 0; lane < plan.lanes(); lane++) {
                for (String node : plan.nodes()) {
                    String name = ProxyPlan.laneProxyName(lane, node);
                    laneProxies.put(name, toxiproxy.createProxy(name, "0.0.0.0:" + plan.laneProxyPort(lane, node),
                            ProxyPlan.upstreamOf(node)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("creating the Toxiproxy proxies: " + e.getMessage(), e);
        }
    }

    /** How many proxies there are: n·(n−1) node links plus a proxy per node in each lane. */
    int count() {
        return nodeLinks.size() + laneProxies.size();
    }

    /** The host address at which {@code client} reaches {@code node}: its lane's published proxy port. */
    InetSocketAddress clientAddress(String client, String node) {
        return new InetSocketAddress(host, hostPortOf.applyAsInt(plan.laneProxyPort(laneOf(client), node)));
    }

    /** The clients sharing {@code client}'s lane, itself included. */
    List<String> laneMates(String client) {
        int lane = laneOf(client);
        return laneOfClient.entrySet().stream().filter(e -> e.getValue() == lane).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** The proxy that carries {@code link} into a node: its own for a node link, its client's lane's for a client. */
    Optional<Proxy> proxyOf(Link link) {
        if (!nodeIds.contains(link.to())) {
            throw new IllegalArgumentException("link " + link + " does not lead into a node of " + plan.nodes());
        }
        return Optional.of(nodeIds.contains(link.from()) ? nodeLinks.get(link) : lane(link.from(), link.to()));
    }

    private Proxy lane(String client, String node) {
        return laneProxies.get(ProxyPlan.laneProxyName(laneOf(client), node));
    }

    private int laneOf(String client) {
        if (nodeIds.contains(client)) {
            throw new IllegalArgumentException("client id " + client + " is a node id");
        }
        return laneOfClient.computeIfAbsent(client, c -> laneOfClient.size() % plan.lanes());
    }
}
