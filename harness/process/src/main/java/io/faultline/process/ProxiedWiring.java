package io.faultline.process;

import io.faultline.runtime.Link;
import io.faultline.runtime.Net;
import io.faultline.toxiproxy.ProxyTopology;
import io.faultline.toxiproxy.ToxiproxyNet;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** Every link through a proxy of one local {@code toxiproxy-server}, on loopback ports the kernel picks. */
final class ProxiedWiring implements Wiring {

    private final ToxiproxyServer server;
    private final ProxyTopology topology;
    private final ToxiproxyNet net;

    /**
     * @param nodePort where each node listens, read again whenever a proxy is pointed at it
     */
    ProxiedWiring(ToxiproxyServer server, List<String> nodes, ToIntFunction<String> nodePort,
                  Consumer<String> log) {
        this.server = server;
        this.topology = new ProxyTopology(server.client(), new ProxyTopology.Addresses() {
            @Override
            public String listen(Link link) {
                // the kernel picks the port as Toxiproxy binds it, so no other program can take it first; a proxy
                // keeps its port for the cluster's life (cuts are toxics, not disabled proxies)
                return "127.0.0.1:0";
            }

            @Override
            public String upstream(String node) {
                return "127.0.0.1:" + nodePort.applyAsInt(node);
            }
        });
        topology.createNodeLinks(nodes);
        this.net = new ToxiproxyNet(topology::existing, nodes, log);
    }

    @Override
    public String peerAddress(String from, String to) {
        return topology.listenAddress(new Link(from, to));
    }

    @Override
    public InetSocketAddress clientAddress(String client, String node) {
        Link link = new Link(client, node);
        boolean fresh = topology.existing(link).isEmpty();
        String listen = topology.proxy(link).getListen();
        if (fresh) {
            net.proxyCreated(link);
        }
        int colon = listen.lastIndexOf(':');
        return new InetSocketAddress(listen.substring(0, colon), Integer.parseInt(listen.substring(colon + 1)));
    }

    @Override
    public Net net() {
        return net;
    }

    @Override
    public boolean canMove() {
        return true;
    }

    @Override
    public void nodeMoved(String node) {
        topology.repoint(node);
    }

    /** Stops the Toxiproxy server, and every proxy with it. */
    @Override
    public void close() {
        server.close();
    }
}
