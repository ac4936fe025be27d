package io.faultline.nemesis.testing;

import io.faultline.nemesis.Nemesis;
import io.faultline.node.client.Write;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import io.faultline.sim.testnodes.TestSystem;
import java.util.SplittableRandom;

/** Measures a gossiping cluster's network: how much gets through, as a link fault's observable effect. */
public final class Gossip {

    private static final long SECOND = 1_000_000_000L;

    private Gossip() {
    }

    /** A gossiping cluster of five nodes that has something to gossip about (nodes stay quiet until then). */
    public static SimCluster busyCluster() {
        SimCluster cluster = new SimRuntime(SimConfig.defaults(1)).start(ClusterSpec.of(TestSystem.gossip(), 5));
        cluster.client("c1").request("n1", new Write("x", 1L), SECOND, response -> { });
        cluster.loop().runUntil(SECOND);
        return cluster;
    }

    /** Messages delivered between nodes during the next virtual second. */
    public static long deliveriesPerSecond(SimCluster cluster) {
        long before = cluster.net().deliveredCount();
        cluster.loop().runUntil(cluster.loop().now() + SECOND);
        return cluster.net().deliveredCount() - before;
    }

    /** Starts {@code nemesis} with the first seed whose fault covers every link, and returns its description. */
    public static String startOnAllLinks(Nemesis nemesis, SimCluster cluster) {
        for (int seed = 0; ; seed++) {
            String description = nemesis.start(cluster, new SplittableRandom(seed));
            if (description.startsWith("all links")) {
                return description;
            }
            nemesis.stop(cluster);
        }
    }
}
