package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import io.faultline.node.MessageCodec;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.realtime.TcpClient;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.EventLoop;
import io.faultline.runtime.Killable;
import io.faultline.runtime.Pausable;
import io.faultline.toxiproxy.ToxiproxyNet;
import io.faultline.workloads.client.ClientTransport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.testcontainers.containers.GenericContainer;

/**
 * A cluster of node containers behind one Toxiproxy container. Crash is {@code docker kill} and a restart of the
 * same container (same alias and file system, so the node finds its synced storage); pause is {@code docker pause}
 * (the cgroup freezer: connections stay open, nothing answers). Call it only from the thread that runs its
 * {@link #loop()}.
 */
public final class DockerCluster implements Cluster, Killable, Pausable {

    private final ClusterResources resources;
    private final List<String> nodeIds;
    private final Proxies proxies;
    private final ToxiproxyNet net;
    private final RealTimeLoop loop;
    private final MessageCodec codec;
    private final Consumer<String> trace;
    private final boolean keepNodeLogs;
    private final Map<String, TcpClient> clients = new HashMap<>();
    private final Set<String> dead = new HashSet<>();
    private final Set<String> paused = new HashSet<>();

    /** @param keepNodeLogs whether {@link #close()} copies the node logs into the trace (nobody may read it) */
    DockerCluster(ClusterResources resources, Proxies proxies, RealTimeLoop loop, MessageCodec codec,
                  Consumer<String> trace, boolean keepNodeLogs) {
        this.resources = resources;
        this.nodeIds = List.copyOf(resources.nodes().keySet());
        this.proxies = proxies;
        this.net = new ToxiproxyNet(proxies::proxyOf, nodeIds, trace);
        this.loop = loop;
        this.codec = codec;
        this.trace = trace;
        this.keepNodeLogs = keepNodeLogs;
    }

    @Override
    public List<String> nodes() {
        return nodeIds;
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
        if (resources.nodes().containsKey(id)) {
            throw new IllegalArgumentException("client id " + id + " is a node id");
        }
        return clients.computeIfAbsent(id, newId -> new TcpClient(newId, codec, loop, proxies::clientAddress));
    }

    /** The clients whose links share a proxy with {@code client}'s (see {@link ProxyPlan}). */
    public List<String> laneMates(String client) {
        return proxies.laneMates(client);
    }

    @Override
    public void kill(String node) {
        String id = containerId(node);
        if (dead.contains(node)) {
            return;
        }
        if (paused.remove(node)) {
            docker().unpauseContainerCmd(id).exec(); // a frozen process cannot take its SIGKILL
        }
        docker().killContainerCmd(id).exec();
        dead.add(node);
        trace.accept("kill " + node);
    }

    @Override
    public void start(String node) {
        String id = containerId(node);
        if (dead.remove(node)) {
            docker().startContainerCmd(id).exec();
            trace.accept("start " + node);
        }
    }

    @Override
    public boolean isRunning(String node) {
        containerId(node);
        return !dead.contains(node);
    }

    @Override
    public void pause(String node) {
        String id = containerId(node);
        if (!dead.contains(node) && paused.add(node)) {
            docker().pauseContainerCmd(id).exec();
            trace.accept("pause " + node);
        }
    }

    @Override
    public void resume(String node) {
        String id = containerId(node);
        if (paused.remove(node)) {
            docker().unpauseContainerCmd(id).exec();
            trace.accept("resume " + node);
        }
    }

    @Override
    public boolean isPaused(String node) {
        containerId(node);
        return paused.contains(node);
    }

    /** The Docker id of {@code node}'s container, for tests and tools. */
    public String containerId(String node) {
        GenericContainer<?> container = resources.nodes().get(node);
        if (container == null) {
            throw new IllegalArgumentException("no node " + node + " in " + nodeIds);
        }
        return container.getContainerId();
    }

    /** Ids of every container and the network of this cluster, for tests that check nothing is left. */
    public ClusterResources.Ids ids() {
        return resources.ids();
    }

    /** Closes the clients, writes every node's log to the trace, removes every container and the network. */
    @Override
    public void close() {
        clients.values().forEach(TcpClient::close);
        paused.forEach(node -> docker().unpauseContainerCmd(containerId(node)).exec());
        paused.clear();
        if (keepNodeLogs) {
            NodeLogs.copy(docker(), resources.nodes(), trace);
        }
        resources.close();
    }

    private DockerClient docker() {
        return resources.docker();
    }
}
