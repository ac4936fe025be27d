package io.faultline.nemesis;

import io.faultline.runtime.Capabilities;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.Killable;
import java.util.random.RandomGenerator;

/**
 * Churn (Chord §6.5, Jepsen's membership nemesis in spirit): while in force, every {@code period-ms} one node
 * crashes, leaves voluntarily (a {@code leave} request, then the node is stopped) or (re)joins (a stopped node
 * starts again and joins through its peers), chosen at random among what is possible, never leaving fewer than
 * {@code min-live} nodes up. Healing restarts every node churn stopped. The history's {@code start-churn} value
 * names the first event and {@code stop-churn} lists them all, with their times since the start.
 *
 * <p>Options: {@code period-ms} (default 250), {@code min-live} (default 3).
 */
public final class ChurnNemesis implements Nemesis {

    private final long periodMs;
    private final int minLive;
    private Churn churn;

    public ChurnNemesis() {
        this(250, 3);
    }

    private ChurnNemesis(long periodMs, int minLive) {
        this.periodMs = periodMs;
        this.minLive = minLive;
    }

    @Override
    public String name() {
        return "churn";
    }

    @Override
    public String description() {
        return "nodes crash, leave and (re)join at a rate (options period-ms=250, min-live=3); heal restarts all";
    }

    @Override
    public Nemesis withOptions(NemesisOptions options) {
        options.requireKnown(name(), "period-ms", "min-live");
        return new ChurnNemesis((long) options.number("period-ms", 250, 1, 3_600_000),
                (int) options.number("min-live", 3, 1, 1_000));
    }

    @Override
    public void requireCapabilities(Cluster cluster) {
        Capabilities.require(cluster, Killable.class, "the churn nemesis");
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        Killable nodes = Capabilities.require(cluster, Killable.class, "the churn nemesis");
        if (churn != null) {
            churn.finish();
        }
        churn = new Churn(cluster, nodes, random, periodMs * 1_000_000L, minLive);
        return "every " + periodMs + " ms, at least " + minLive + " up; " + churn.begin();
    }

    @Override
    public String stop(Cluster cluster) {
        if (churn == null) {
            return "nothing to restart";
        }
        String summary = churn.finish();
        churn = null;
        return summary;
    }
}
