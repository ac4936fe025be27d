package io.faultline.process;

import io.faultline.node.MessageCodec;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.realtime.TcpClient;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.runtime.EventLoop;
import io.faultline.runtime.LifecycleCluster;
import io.faultline.runtime.Net;
import io.faultline.runtime.NodeLifecycles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Consumer;

/**
 * A cluster of node server JVMs on this machine. Crash is SIGKILL and a restart on the same data directory; pause
 * is SIGSTOP/SIGCONT ({@link RestartableNode}). Everything it started is stopped by {@link #close}, also from a
 * shutdown hook on Ctrl-C, and recorded in a {@link ProcessRegistry} against {@code kill -9}.
 * Call it on its event loop's thread.
 */
public final class ProcessCluster implements LifecycleCluster {

    private final NodeLifecycles<RestartableNode> nodes;
    private final Wiring wiring;
    private final RealTimeLoop loop;
    private final MessageCodec codec;
    private final List<AutoCloseable> resources;
    private final Map<String, TcpClient> clients = new HashMap<>();
    private final Thread shutdownHook = new Thread(this::close, "faultline-process-cluster-shutdown");
    private volatile boolean closed;

    /**
     * @param resources closed after the nodes, in order (the registry, the run folder)
     */
    ProcessCluster(List<String> nodeIds, Map<String, NodeProcess> nodes, Wiring wiring, RealTimeLoop loop,
                   MessageCodec codec, Consumer<String> log, List<AutoCloseable> resources) {
        SequencedMap<String, RestartableNode> byId = new LinkedHashMap<>();
        nodeIds.forEach(id -> byId.put(id, new RestartableNode(nodes.get(id), wiring, loop, log, () -> closed)));
        this.nodes = new NodeLifecycles<>(byId, log);
        this.wiring = wiring;
        this.loop = loop;
        this.codec = codec;
        this.resources = List.copyOf(resources);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    @Override
    public NodeLifecycles<RestartableNode> lifecycles() {
        return nodes;
    }

    @Override
    public Net net() {
        return wiring.net();
    }

    @Override
    public EventLoop loop() {
        return loop;
    }

    @Override
    public ClientTransport client(String id) {
        nodes.requireClientId(id);
        return clients.computeIfAbsent(id, newId -> new TcpClient(newId, codec, loop, wiring::clientAddress));
    }

    /** The port node {@code node} listens on now (for tests and diagnostics). */
    public int port(String node) {
        return nodes.driver(node).process().port();
    }

    /** Stops every node (SIGTERM, SIGKILL after a grace time) in parallel, then Toxiproxy, then the rest. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        clients.values().forEach(TcpClient::close);
        List<Thread> stopping = new ArrayList<>();
        nodes.drivers().forEach(node -> stopping.add(Thread.ofVirtual().start(node.process()::stop)));
        stopping.forEach(ProcessCluster::join);
        wiring.close();
        resources.forEach(ProcessCluster::closeQuietly);
        removeShutdownHook();
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // closing from the hook itself
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("note: closing " + resource + ": " + e.getMessage());
        }
    }
}
