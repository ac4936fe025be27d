package io.faultline.sim;

/**
 * One node's clock: virtual time plus an offset, running at a rate. {@code set} re-anchors it at the current
 * instant, so a skew is a step from there and a drift accumulates from there.
 */
final class NodeClock {

    private long anchorVirtualNanos;
    private long anchorLocalNanos;
    private double rate = 1.0;

    long local(long virtualNanos) {
        long elapsed = virtualNanos - anchorVirtualNanos;
        return anchorLocalNanos + (rate == 1.0 ? elapsed : (long) (elapsed * rate));
    }

    /** From {@code virtualNowNanos} on, the clock reads true time plus {@code offsetNanos} and drifts. */
    void set(long virtualNowNanos, long offsetNanos, double driftPpm) {
        if (driftPpm <= -1_000_000) {
            throw new IllegalArgumentException("a clock cannot run backwards: drift " + driftPpm + " ppm");
        }
        anchorVirtualNanos = virtualNowNanos;
        anchorLocalNanos = virtualNowNanos + offsetNanos;
        rate = 1.0 + driftPpm / 1_000_000.0;
    }

    /** The virtual time a timer of {@code localNanos} on this clock takes: a fast clock fires its timers early. */
    long virtualDelay(long localNanos) {
        return rate == 1.0 ? localNanos : (long) Math.ceil(localNanos / rate);
    }
}
