package io.faultline.nemesis;

import io.faultline.runtime.Capabilities;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.Killable;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Crashes a random node or minority ({@code kill -9}: volatile state and unsynced writes lost) and later restarts
 * it over its storage (Jepsen's {@code db/Kill} nemesis). The history says {@code kill} and {@code start}, as
 * Jepsen's does.
 */
public final class KillNemesis implements Nemesis {

    private final List<String> killed = new ArrayList<>();

    @Override
    public String name() {
        return "kill";
    }

    @Override
    public String description() {
        return "crashes a random node or minority (unsynced state lost), later restarts it";
    }

    @Override
    public String startF() {
        return "kill";
    }

    @Override
    public String stopF() {
        return "start";
    }

    @Override
    public void requireCapabilities(Cluster cluster) {
        Capabilities.require(cluster, Killable.class, "the kill nemesis");
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        Killable nodes = Capabilities.require(cluster, Killable.class, "the kill nemesis");
        List<String> targets = Targets.oneOrMinority(cluster.nodes(), random);
        targets.forEach(nodes::kill);
        targets.stream().filter(node -> !killed.contains(node)).forEach(killed::add);
        return Targets.join(targets);
    }

    @Override
    public String stop(Cluster cluster) {
        Killable nodes = Capabilities.require(cluster, Killable.class, "the kill nemesis");
        List<String> restarted = killed.stream().sorted().toList();
        restarted.forEach(nodes::start);
        killed.clear();
        return restarted.isEmpty() ? "nothing to restart" : Targets.join(restarted);
    }
}
