package io.faultline.nemesis;

import io.faultline.runtime.Capabilities;
import io.faultline.runtime.ClockSkewable;
import io.faultline.runtime.Cluster;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Sets the clocks of a random node or minority wrong (Jepsen's clock nemesis: bump and strobe): a step of up to
 * two seconds either way, and a drift of up to ±0.1% (1000 ppm), which also makes their timers fire early or
 * late. Only what nodes read from {@code Context.now()} changes; the history's times stay true.
 */
public final class ClockNemesis implements Nemesis {

    private static final long MAX_STEP_MILLIS = 2_000;
    private static final int MAX_DRIFT_PPM = 1_000;

    private final List<String> skewed = new ArrayList<>();

    @Override
    public String name() {
        return "clock";
    }

    @Override
    public String description() {
        return "skews the clocks of a random node or minority by up to ±2 s, drifting up to ±1000 ppm";
    }

    @Override
    public String startF() {
        return "start-clock-skew";
    }

    @Override
    public String stopF() {
        return "stop-clock-skew";
    }

    @Override
    public void requireCapabilities(Cluster cluster) {
        Capabilities.require(cluster, ClockSkewable.class, "the clock nemesis");
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        ClockSkewable clocks = Capabilities.require(cluster, ClockSkewable.class, "the clock nemesis");
        List<String> parts = new ArrayList<>();
        for (String node : Targets.oneOrMinority(cluster.nodes(), random)) {
            long stepMillis = random.nextLong(-MAX_STEP_MILLIS, MAX_STEP_MILLIS + 1);
            int driftPpm = random.nextInt(-MAX_DRIFT_PPM, MAX_DRIFT_PPM + 1);
            clocks.skewClock(node, stepMillis * 1_000_000L, driftPpm);
            skewed.add(node);
            parts.add(node + " " + (stepMillis >= 0 ? "+" : "") + stepMillis + "ms " + driftPpm + "ppm");
        }
        return String.join(", ", parts);
    }

    @Override
    public String stop(Cluster cluster) {
        ClockSkewable clocks = Capabilities.require(cluster, ClockSkewable.class, "the clock nemesis");
        List<String> reset = skewed.stream().distinct().sorted().toList();
        reset.forEach(node -> clocks.skewClock(node, 0, 0));
        skewed.clear();
        return reset.isEmpty() ? "nothing to reset" : "clocks reset on " + Targets.join(reset);
    }
}
