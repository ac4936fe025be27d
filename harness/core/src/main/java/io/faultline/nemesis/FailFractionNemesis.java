package io.faultline.nemesis;

import io.faultline.runtime.Killable;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fraction p of the nodes fail at once (the failure experiment of Chord §6.4), and later all restart over their
 * storage. Unlike {@code kill}, p may be a majority: a DHT should survive it, a quorum system will not.
 * Option {@code p} (default 0.5): round(p · N) nodes, at least one and at most N − 1.
 */
public final class FailFractionNemesis extends NodeFaultNemesis<Killable> {

    private final double p;

    public FailFractionNemesis() {
        this(0.5);
    }

    private FailFractionNemesis(double p) {
        super(new Words("fail-fraction", "start-fail-fraction", "stop-fail-fraction", "nothing to restart"),
                "crashes a fraction p of the nodes at once (option p, default 0.5), later restarts them",
                Killable.class, Killable::kill, Killable::start);
        this.p = p;
    }

    @Override
    public Nemesis withOptions(NemesisOptions options) {
        options.requireKnown(name(), "p");
        return new FailFractionNemesis(options.number("p", 0.5, 0, 1));
    }

    /** How many of {@code n} nodes fail: round(p · n), at least 1, at most n − 1. */
    static int count(double p, int n) {
        return (int) Math.max(1, Math.min(n - 1, Math.round(p * n)));
    }

    @Override
    List<String> targets(List<String> nodes, RandomGenerator random) {
        return Targets.shuffled(nodes, random).subList(0, count(p, nodes.size())).stream().sorted().toList();
    }

    @Override
    String describe(List<String> parts) {
        return "p=" + p + ": " + Targets.join(parts);
    }
}
