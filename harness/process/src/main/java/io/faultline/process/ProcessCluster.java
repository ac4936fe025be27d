package io.faultline.process;

import io.faultline.node.MessageCodec;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.realtime.TcpClient;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.EventLoop;
import io.faultline.runtime.Killable;
import io.faultline.runtime.Net;
import io.faultline.runtime.Pausable;
import io.faultline.workloads.client.ClientTransport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A cluster of node server JVMs on this machine. Crash is SIGKILL and a restart on the same data directory; pause
 * is SIGSTOP/SIGCONT. A restart returns at once (the node is reachable once its JVM is up, as after a real
 * reboot), so the event loop never waits for a JVM to start. Everything it started is stopped by {@link #close},
 * also from a shutdown hook on Ctrl-C, and recorded in a {@link ProcessRegistry} against {@code kill -9}.
 * Call it on its event loop's thread.
 */
public final class ProcessCluster implements Cluster, Killable, Pausable {

    private final List<String> nodeIds;
    private final Map<String, NodeProcess> nodes;
    private final Wiring wiring;
    private final RealTimeLoop loop;
    private final MessageCodec codec;
    private final Consumer<String> log;
    private final List<AutoCloseable> resources;
    private final Map<String, TcpClient> clients = new HashMap<>();
    private final Thread shutdownHook = new Thread(this::close, "faultline-process-cluster-shutdown");
    private volatile boolean closed;

    /**
     * @param resources closed after the nodes, in order (the registry, the run folder)
     */
    ProcessCluster(List<String> nodeIds, Map<String, NodeProcess> nodes, Wiring wiring, RealTimeLoop loop,
                   MessageCodec codec, Consumer<String> log, List<AutoCloseable> resources) {
        this.nodeIds = List.copyOf(nodeIds);
        this.nodes = Map.copyOf(nodes);
        this.wiring = wiring;
        this.loop = loop;
        this.codec = codec;
        this.log = log;
        this.resources = List.copyOf(resources);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    @Override
    public List<String> nodes() {
        return nodeIds;
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
        if (nodes.containsKey(id)) {
            throw new IllegalArgumentException("client id " + id + " is a node id");
        }
        return clients.computeIfAbsent(id, newId -> new TcpClient(newId, codec, loop, wiring::clientAddress));
    }

    @Override
    public void kill(String node) {
        log.accept("kill -9 " + node);
        slot(node).kill();
    }

    @Override
    public void start(String node) {
        NodeProcess process = slot(node);
        if (process.isRunning()) {
            return;
        }
        log.accept("start " + node);
        restart(process);
    }

    private void restart(NodeProcess process) {
        process.startOrMove(wiring, loop::post, log).whenComplete((ready, failure) -> {
            if (failure != null && !closed) {
                loop.post(() -> log.accept(NodeProcess.unwrap(failure).getMessage()));
            }
        });
    }

    @Override
    public boolean isRunning(String node) {
        return slot(node).isRunning();
    }

    @Override
    public void pause(String node) {
        log.accept("SIGSTOP " + node);
        slot(node).pause();
    }

    @Override
    public void resume(String node) {
        log.accept("SIGCONT " + node);
        slot(node).resume();
    }

    @Override
    public boolean isPaused(String node) {
        return slot(node).isPaused();
    }

    /** The port node {@code node} listens on now (for tests and diagnostics). */
    public int port(String node) {
        return slot(node).port();
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
        nodes.values().forEach(node -> stopping.add(Thread.ofVirtual().start(node::stop)));
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

    private NodeProcess slot(String node) {
        NodeProcess slot = nodes.get(node);
        if (slot == null) {
            throw new IllegalArgumentException("no node " + node + " in " + nodeIds);
        }
        return slot;
    }
}
