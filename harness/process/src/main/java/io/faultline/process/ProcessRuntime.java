package io.faultline.process;

import io.faultline.node.MessageCodec;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Runtime;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.runtime.RuntimeUnavailableException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runtime {@code process}: every node a node server JVM on 127.0.0.1, every link through a proxy of a local
 * Toxiproxy server ({@link ProxiedWiring}), or, for the benchmark's baseline, straight ({@link DirectWiring}).
 * Each start first reaps what killed harnesses left ({@link ProcessRegistry}).
 */
public final class ProcessRuntime implements Runtime {

    private static final long START_TIMEOUT_SECONDS = 90;

    private final RuntimeSettings settings;
    private final boolean proxied;

    /** @param proxied whether links go through Toxiproxy (the runtime's normal mode) or straight (a baseline) */
    public ProcessRuntime(RuntimeSettings settings, boolean proxied) {
        this.settings = settings;
        this.proxied = proxied;
    }

    @Override
    public String name() {
        return "process";
    }

    /**
     * Starts Toxiproxy, creates the proxies, starts every node and waits until each prints {@code ready}. If
     * anything fails, whatever did start is stopped again.
     *
     * @throws RuntimeUnavailableException if {@code toxiproxy-server} or the node server is missing, or a node
     *                                     does not start (the message quotes its log's last line)
     */
    @Override
    public ProcessCluster start(ClusterSpec spec) {
        spec.system().requireKnownBugs(spec.configFor(spec.nodes().get(0)));
        NodeLauncher launcher = NodeLauncher.find();
        Path toxiproxy = proxied ? ToxiproxyBinary.require() : null;
        Deque<AutoCloseable> started = new ArrayDeque<>(); // closed last-started first if the start fails
        try {
            ProcessRegistry registry = ProcessRegistry.open(ProcessRegistry.defaultDir());
            started.push(registry);
            RunFolder folder = RunFolder.of(settings.runDir());
            started.push(folder);
            NodePorts ports = NodePorts.pickFor(spec.nodes());
            Wiring wiring = new DirectWiring(ports::of);
            if (proxied) {
                ToxiproxyServer server = ToxiproxyServer.start(toxiproxy, folder.log("toxiproxy"), registry);
                started.push(server);
                wiring = new ProxiedWiring(server, spec.nodes(), ports::of, settings.log());
            }
            started.push(wiring);
            NodeCommands commands = new NodeCommands(spec, launcher, wiring, folder, settings.seed());
            Map<String, NodeProcess> nodes = new LinkedHashMap<>();
            for (String id : spec.nodes()) {
                nodes.put(id, new NodeProcess(id, ports, folder.log(id), port -> commands.of(id, port), registry));
            }
            startAll(nodes.values(), wiring, settings, started);
            return new ProcessCluster(spec.nodes(), nodes, wiring, new RealTimeLoop(),
                    new MessageCodec(spec.system().messages()), settings.log(), List.of(registry, folder));
        } catch (RuntimeException e) {
            started.forEach(ProcessRuntime::closeQuietly);
            throw e;
        }
    }

    /** Starts every node at once and waits for all of them. */
    private static void startAll(Iterable<NodeProcess> nodes, Wiring wiring, RuntimeSettings settings,
                                 Deque<AutoCloseable> started) {
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (NodeProcess node : nodes) {
            started.push(node::stop);
            ready.add(node.startOrMove(wiring, Runnable::run, settings.log()));
        }
        try {
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new))
                    .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = NodeProcess.unwrap(e.getCause());
            throw new RuntimeUnavailableException(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new RuntimeUnavailableException("the nodes did not print ready within " + START_TIMEOUT_SECONDS
                    + " s; see their logs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the nodes", e);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("note: " + e.getMessage());
        }
    }
}
