package io.faultline.nemesis;

import io.faultline.runtime.Cluster;
import io.faultline.runtime.Grudge;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Splits the nodes into two random halves, each of which can stabilize into a ring of its own, then heals: the
 * test of whether a DHT merges again (Chord §5.1 warns that stabilization alone does not). {@code partition}
 * with only its halves shape, under its own op names so that a history says which one ran.
 */
public final class PartitionHealNemesis implements Nemesis {

    @Override
    public String name() {
        return "partition-heal";
    }

    @Override
    public String description() {
        return "splits the nodes into two random halves (a split ring), later heals the network";
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        List<String> order = Targets.shuffled(cluster.nodes(), random);
        cluster.net().partition(Grudge.halves(order));
        int n = order.size();
        return "halves [" + Targets.join(order.subList(0, n / 2).stream().sorted().toList()) + "] ["
                + Targets.join(order.subList(n / 2, n).stream().sorted().toList()) + "]";
    }

    @Override
    public String stop(Cluster cluster) {
        boolean wasCut = !cluster.net().grudge().isEmpty();
        cluster.net().heal();
        return wasCut ? "network healed" : "nothing to heal";
    }
}
