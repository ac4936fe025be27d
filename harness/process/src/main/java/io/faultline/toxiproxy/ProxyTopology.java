package io.faultline.toxiproxy;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.ToxiproxyClient;
import io.faultline.runtime.Link;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The proxies of a cluster in one Toxiproxy server: one per directed node→node link, and one per client→node
 * link, named {@code from-to}. Node {@code a} is told to reach peer {@code b} at the listen address of proxy
 * {@code a-b}, whose upstream is {@code b}'s server; a client reaches node {@code n} through proxy {@code c-n}.
 * So every message a node sends to a peer crosses that peer's proxy on the sender's own link, and a one-way cut
 * is a toxic on one proxy.
 *
 * <p>It knows nothing of how nodes are started: {@link Addresses} says where proxies listen and where each node's
 * server is, from the Toxiproxy server's point of view (loopback ports for local processes, network aliases in a
 * container network). Safe to use from several threads.
 */
public final class ProxyTopology {

    /** Where proxies listen and what they forward to, as the Toxiproxy server sees it. */
    public interface Addresses {

        /** The listen address of {@code link}'s proxy: {@code 127.0.0.1:0} lets Toxiproxy pick a free port. */
        String listen(Link link);

        /** Where {@code node}'s server is reachable from the Toxiproxy server: {@code 127.0.0.1:7001}. */
        String upstream(String node);
    }

    private final ToxiproxyClient client;
    private final Addresses addresses;
    private final Map<Link, Proxy> proxies = new ConcurrentHashMap<>();

    public ProxyTopology(ToxiproxyClient client, Addresses addresses) {
        this.client = client;
        this.addresses = addresses;
    }

    /** Creates the proxy of every directed link between {@code nodes}. */
    public void createNodeLinks(List<String> nodes) {
        Link.allBetween(nodes).forEach(this::proxy);
    }

    /** The proxy that carries {@code link} ({@code from → to}, {@code to} a node), created on first use. */
    public Proxy proxy(Link link) {
        return proxies.computeIfAbsent(link, this::create);
    }

    /** The proxy of {@code link} if it exists. */
    public Optional<Proxy> existing(Link link) {
        return Optional.ofNullable(proxies.get(link));
    }

    /** The address {@code link}'s proxy listens on, as Toxiproxy reports it ({@code 127.0.0.1:41459}). */
    public String listenAddress(Link link) {
        return proxy(link).getListen();
    }

    /** The port of {@link #listenAddress}. */
    public int listenPort(Link link) {
        String listen = listenAddress(link);
        return Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1));
    }

    /** Points every proxy into {@code node} at its current {@link Addresses#upstream}: after it moved port. */
    public void repoint(String node) {
        String upstream = addresses.upstream(node);
        proxies.forEach((link, proxy) -> {
            if (link.to().equals(node)) {
                call(() -> proxy.setUpstream(upstream), "repoint " + link);
            }
        });
    }

    /** Every proxy created so far. */
    public Map<Link, Proxy> all() {
        return Map.copyOf(proxies);
    }

    private Proxy create(Link link) {
        String name = link.from() + "-" + link.to();
        try {
            Proxy stale = client.getProxyOrNull(name);
            if (stale != null) {
                stale.delete(); // a proxy a previous cluster left in a shared server
            }
            return client.createProxy(name, addresses.listen(link), addresses.upstream(link.to()));
        } catch (IOException e) {
            throw new UncheckedIOException("toxiproxy: cannot create proxy " + name + ": " + e.getMessage(), e);
        }
    }

    /** A Toxiproxy call; a failure is unchecked, naming what was attempted. */
    static void call(IoAction action, String what) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("toxiproxy: " + what + ": " + e.getMessage(), e);
        }
    }

    /** A call to the Toxiproxy API. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
