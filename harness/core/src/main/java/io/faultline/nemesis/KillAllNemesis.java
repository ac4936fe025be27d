package io.faultline.nemesis;

import io.faultline.runtime.Capabilities;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.Killable;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Crashes every node at once, as a power failure of the whole cluster would, and later restarts them all (Jepsen's
 * {@code kill} nemesis aimed at every node). Nothing in memory survives anywhere, so whatever a system acknowledged
 * without syncing it is gone: the fault that shows a missing fsync at once, where killing a minority would let
 * the survivors hand the lost state back.
 */
public final class KillAllNemesis implements Nemesis {

    private boolean killed;

    @Override
    public String name() {
        return "kill-all";
    }

    @Override
    public String description() {
        return "crashes every node at once (a power failure; unsynced state lost everywhere), later restarts them";
    }

    @Override
    public void requireCapabilities(Cluster cluster) {
        Capabilities.require(cluster, Killable.class, "the kill-all nemesis");
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        Killable nodes = Capabilities.require(cluster, Killable.class, "the kill-all nemesis");
        List<String> all = cluster.nodes();
        all.forEach(nodes::kill);
        killed = true;
        return Targets.join(all);
    }

    @Override
    public String stop(Cluster cluster) {
        if (!killed) {
            return "nothing to restart";
        }
        Killable nodes = Capabilities.require(cluster, Killable.class, "the kill-all nemesis");
        cluster.nodes().forEach(nodes::start);
        killed = false;
        return Targets.join(cluster.nodes());
    }
}
