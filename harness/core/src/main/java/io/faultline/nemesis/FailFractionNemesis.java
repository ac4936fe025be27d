package io.faultline.nemesis;

import io.faultline.runtime.Capabilities;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.Killable;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fraction p of the nodes fail at once (the failure experiment of Chord §6.4), and later all restart over their
 * storage. Unlike {@code kill}, p may be a majority: a DHT should survive it, a quorum system will not.
 * Option {@code p} (default 0.5): round(p · N) nodes, at least one and at most N − 1.
 */
public final class FailFractionNemesis implements Nemesis {

    private final double p;
    private final List<String> failed = new ArrayList<>();

    public FailFractionNemesis() {
        this(0.5);
    }

    private FailFractionNemesis(double p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "fail-fraction";
    }

    @Override
    public String description() {
        return "crashes a fraction p of the nodes at once (option p, default 0.5), later restarts them";
    }

    @Override
    public Nemesis withOptions(NemesisOptions options) {
        options.requireKnown(name(), "p");
        return new FailFractionNemesis(options.number("p", 0.5, 0, 1));
    }

    @Override
    public void requireCapabilities(Cluster cluster) {
        Capabilities.require(cluster, Killable.class, "the fail-fraction nemesis");
    }

    /** How many of {@code n} nodes fail: round(p · n), at least 1, at most n − 1. */
    static int count(double p, int n) {
        return (int) Math.max(1, Math.min(n - 1, Math.round(p * n)));
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        Killable nodes = Capabilities.require(cluster, Killable.class, "the fail-fraction nemesis");
        List<String> targets = Targets.shuffled(cluster.nodes(), random)
                .subList(0, count(p, cluster.nodes().size())).stream().sorted().toList();
        targets.forEach(nodes::kill);
        targets.stream().filter(node -> !failed.contains(node)).forEach(failed::add);
        return "p=" + p + ": " + Targets.join(targets);
    }

    @Override
    public String stop(Cluster cluster) {
        Killable nodes = Capabilities.require(cluster, Killable.class, "the fail-fraction nemesis");
        List<String> restarted = failed.stream().sorted().toList();
        restarted.forEach(nodes::start);
        failed.clear();
        return restarted.isEmpty() ? "nothing to restart" : Targets.join(restarted);
    }
}
