package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import io.faultline.node.MessageCodec;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.realtime.TcpClient;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.runtime.EventLoop;
import io.faultline.runtime.LifecycleCluster;
import io.faultline.runtime.NodeLifecycles;
import io.faultline.toxiproxy.ToxiproxyNet;
import io.faultline.workloads.client.ClientTransport;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Consumer;

/**
 * A cluster of node containers behind one Toxiproxy container. Crash is {@code docker kill} and a restart of the
 * same container (same alias and file system, so the node finds its synced storage); pause is {@code docker pause}
 * (the cgroup freezer: connections stay open, nothing answers). Call it only from the thread that runs its
 * {@link #loop()}.
 */
public final class DockerCluster implements LifecycleCluster {

    private final ClusterResources resources;
    private final NodeLifecycles<FreezableContainer> nodes;
    private final Proxies proxies;
    private final ToxiproxyNet net;
    private final RealTimeLoop loop;
    private final MessageCodec codec;
    private final Consumer<String> trace;
    private final boolean keepNodeLogs;
    private final Map<String, TcpClient> clients = new HashMap<>();

    /** @param keepNodeLogs whether {@link #close()} copies the node logs into the trace (nobody may read it) */
    DockerCluster(ClusterResources resources, Proxies proxies, RealTimeLoop loop, MessageCodec codec,
                  Consumer<String> trace, boolean keepNodeLogs) {
        this.resources = resources;
        SequencedMap<String, FreezableContainer> byId = new LinkedHashMap<>();
        resources.nodes().forEach((id, container) ->
                byId.put(id, new FreezableContainer(resources.docker(), container.getContainerId())));
        this.nodes = new NodeLifecycles<>(byId, trace);
        this.proxies = proxies;
        this.net = new ToxiproxyNet(proxies::proxyOf, nodes.ids(), trace);
        this.loop = loop;
        this.codec = codec;
        this.trace = trace;
        this.keepNodeLogs = keepNodeLogs;
    }

    @Override
    public NodeLifecycles<FreezableContainer> lifecycles() {
        return nodes;
    }

    @Override
    public ToxiproxyNet net() {
        return net;
    }

    @Override
    public EventLoop loop() {
        return loop;
    }

    @Override
    public ClientTransport client(String id) {
        nodes.requireClientId(id);
        return clients.computeIfAbsent(id, newId -> new TcpClient(newId, codec, loop, proxies::clientAddress));
    }

    /** The clients whose links share a proxy with {@code client}'s (see {@link ProxyPlan}). */
    public List<String> laneMates(String client) {
        return proxies.laneMates(client);
    }

    /** The Docker id of {@code node}'s container, for tests and tools. */
    public String containerId(String node) {
        return nodes.driver(node).id();
    }

    /** Ids of every container and the network of this cluster, for tests that check nothing is left. */
    public ClusterResources.Ids ids() {
        return resources.ids();
    }

    /** Closes the clients, writes every node's log to the trace, removes every container and the network. */
    @Override
    public void close() {
        clients.values().forEach(TcpClient::close);
        nodes.drivers().forEach(FreezableContainer::thaw);
        if (keepNodeLogs) {
            NodeLogs.copy(docker(), resources.nodes(), trace);
        }
        resources.close();
    }

    private DockerClient docker() {
        return resources.docker();
    }
}
