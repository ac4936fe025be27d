package io.faultline.docker;

import io.faultline.node.NodeConfig;
import io.faultline.runtime.Link;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The container of one node: the node server with its alias ({@code n1}) on the cluster's network, listening on
 * {@link ProxyPlan#NODE_PORT}, and told that each peer lives at the Toxiproxy port of its own link to that peer,
 * so that every message it sends crosses the proxy of exactly one directed link. Storage is in the container's
 * own file system, which {@code docker kill} and {@code docker start} keep, as a disk keeps files over a crash.
 */
final class NodeContainer {

    static final String TOXIPROXY_ALIAS = "toxiproxy";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private NodeContainer() {
    }

    static GenericContainer<?> create(String image, Network network, String system, NodeConfig config,
                                      ProxyPlan plan, long seed, Map<String, String> labels) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image));
        return container.withNetwork(network)
                .withNetworkAliases(config.id())
                .withLabels(labels)
                .withCommand(arguments(system, config, plan, seed).toArray(String[]::new))
                // the default wait execs a shell (there is none) and passes before the JVM listens: wait for its word
                .waitingFor(Wait.forLogMessage("ready\\s*", 1).withStartupTimeout(STARTUP_TIMEOUT))
                .withStartupAttempts(1);
    }

    static List<String> arguments(String system, NodeConfig config, ProxyPlan plan, long seed) {
        List<String> args = new ArrayList<>(List.of("--system", system, "--id", config.id(),
                "--listen", "0.0.0.0:" + ProxyPlan.NODE_PORT, "--data-dir", "/data", "--seed", Long.toString(seed)));
        for (String peer : config.peers()) {
            int port = plan.nodeProxyPort(new Link(config.id(), peer));
            args.addAll(List.of("--peer", peer + "=" + TOXIPROXY_ALIAS + ":" + port));
        }
        config.options().forEach((name, value) -> args.addAll(List.of("--option", name + "=" + value)));
        config.bugs().forEach(bug -> args.addAll(List.of("--bug", bug)));
        return args;
    }
}
