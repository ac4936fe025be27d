package io.faultline.nemesis;

import io.faultline.runtime.ClockSkewable;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Sets the clocks of a random node or minority wrong (Jepsen's clock nemesis: bump and strobe): a step of up to
 * two seconds either way, and a drift of up to ±0.1% (1000 ppm), which also makes their timers fire early or
 * late. Only what nodes read from {@code Context.now()} changes; the history's times stay true.
 */
public final class ClockNemesis extends NodeFaultNemesis<ClockSkewable> {

    private static final long MAX_STEP_MILLIS = 2_000;
    private static final int MAX_DRIFT_PPM = 1_000;

    public ClockNemesis() {
        super(new Words("clock", "start-clock-skew", "stop-clock-skew", "nothing to reset"),
                "skews the clocks of a random node or minority by up to ±2 s, drifting up to ±1000 ppm",
                // no plain fault to pass: inject draws each skew itself
                ClockSkewable.class, null, (clocks, node) -> clocks.skewClock(node, 0, 0));
    }

    /** A step and a drift drawn for {@code node}, in that order; says both. */
    @Override
    String inject(ClockSkewable clocks, String node, RandomGenerator random) {
        long stepMillis = random.nextLong(-MAX_STEP_MILLIS, MAX_STEP_MILLIS + 1);
        int driftPpm = random.nextInt(-MAX_DRIFT_PPM, MAX_DRIFT_PPM + 1);
        clocks.skewClock(node, stepMillis * 1_000_000L, driftPpm);
        return node + " " + (stepMillis >= 0 ? "+" : "") + stepMillis + "ms " + driftPpm + "ppm";
    }

    @Override
    String describe(List<String> parts) {
        return String.join(", ", parts);
    }

    @Override
    String describeHealed(List<String> healed) {
        return "clocks reset on " + Targets.join(healed);
    }
}
