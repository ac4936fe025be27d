package io.faultline.runtime;

/**
 * A cluster whose node clocks can be set wrong (Jepsen's clock nemesis). Affects what a node reads from
 * {@code Context.now()}; the runtime's own time and the history's timestamps are untouched.
 */
public interface ClockSkewable {

    /**
     * From now on {@code node}'s clock reads the true time plus {@code offsetNanos} (a step, either way), and
     * runs {@code driftPpm} parts per million fast (negative: slow), timers included. {@code (0, 0)} restores it.
     */
    void skewClock(String node, long offsetNanos, double driftPpm);
}
