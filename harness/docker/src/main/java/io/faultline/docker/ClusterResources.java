package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.toxiproxy.ToxiproxyContainer;

/**
 * What a docker cluster holds on the engine: its network, its Toxiproxy container and its node containers (in
 * cluster order). Closing removes them all, containers first; a failure to remove one does not keep the others.
 */
public final class ClusterResources implements AutoCloseable {

    /** Docker ids, to check from outside that nothing is left. */
    public record Ids(List<String> containers, String network) {
    }

    private final DockerClient docker;
    private final Network network;
    private final ToxiproxyContainer toxiproxy;
    private final Map<String, GenericContainer<?>> nodes = new LinkedHashMap<>();

    ClusterResources(DockerClient docker, Network network, ToxiproxyContainer toxiproxy) {
        this.docker = docker;
        this.network = network;
        this.toxiproxy = toxiproxy;
    }

    void addNode(String id, GenericContainer<?> container) {
        nodes.put(id, container);
    }

    DockerClient docker() {
        return docker;
    }

    ToxiproxyContainer toxiproxy() {
        return toxiproxy;
    }

    Network network() {
        return network;
    }

    /** Node containers by node id, in cluster order. */
    Map<String, GenericContainer<?>> nodes() {
        return nodes;
    }

    Ids ids() {
        List<String> containers = new ArrayList<>();
        nodes.values().stream().map(GenericContainer::getContainerId).forEach(containers::add);
        containers.add(toxiproxy.getContainerId());
        return new Ids(containers, network.getId());
    }

    @Override
    public void close() {
        RuntimeException first = null;
        List<AutoCloseable> all = new ArrayList<>(nodes.values().stream().map(c -> (AutoCloseable) c::stop).toList());
        all.add(toxiproxy::stop);
        all.add(network::close);
        for (AutoCloseable resource : all) {
            try {
                resource.close();
            } catch (Exception e) {
                if (first == null) {
                    first = new IllegalStateException("cleaning up the docker cluster: " + e.getMessage(), e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
