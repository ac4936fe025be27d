package io.faultline.docker;

import io.faultline.node.NodeFactories;
import io.faultline.node.client.Write;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.workloads.client.ClientTransport;

/**
 * A JVM that starts a two-node docker cluster, prints {@code holding <container ids…> network <id>}, and keeps a
 * client writing until it is killed: the victim of {@link OrphanReaperIT}'s {@code kill -9}.
 */
public final class HoldCluster {

    private HoldCluster() {
    }

    public static void main(String[] args) {
        DockerCluster cluster = new DockerRuntime(RuntimeSettings.quiet(1))
                .start(ClusterSpec.of(NodeFactories.byName("raft"), 2));
        ClusterResources.Ids ids = cluster.ids();
        System.out.println("holding " + String.join(" ", ids.containers()) + " network " + ids.network());
        System.out.flush();
        ClientTransport client = cluster.client("c0");
        write(cluster, client, 0);
        cluster.loop().runUntil(Long.MAX_VALUE);
    }

    private static void write(DockerCluster cluster, ClientTransport client, long value) {
        client.request("n1", new Write("x", value), 500_000_000L, response -> { });
        cluster.loop().schedule(cluster.loop().now() + 100_000_000L, () -> write(cluster, client, value + 1));
    }
}
