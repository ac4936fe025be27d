package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes the containers and networks of docker-runtime clusters whose JVM died without cleaning up (a
 * {@code kill -9}, a power cut). Runs at every cluster start. Only owners that are certainly gone are reaped
 * ({@link Owner#isGone}), so clusters of other live runs on the same engine are left alone.
 */
final class OrphanReaper {

    private OrphanReaper() {
    }

    /** What was removed: container and network ids. */
    record Reaped(List<String> containers, List<String> networks) {
        boolean isEmpty() {
            return containers.isEmpty() && networks.isEmpty();
        }
    }

    static Reaped reap(DockerClient docker) {
        List<String> containers = new ArrayList<>();
        for (Container container : docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(Owner.RUNTIME_LABEL)).exec()) {
            if (orphaned(container.getLabels())) {
                docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
                containers.add(container.getId());
            }
        }
        List<String> networks = new ArrayList<>();
        for (Network network : docker.listNetworksCmd().withFilter("label", List.of(Owner.RUNTIME_LABEL)).exec()) {
            if (orphaned(network.getLabels())) {
                docker.removeNetworkCmd(network.getId()).exec();
                networks.add(network.getId());
            }
        }
        return new Reaped(containers, networks);
    }

    private static boolean orphaned(Map<String, String> labels) {
        Optional<Owner> owner = Owner.parse(labels == null ? null : labels.get(Owner.OWNER_LABEL));
        return owner.isPresent() && owner.get().isGone();
    }
}
