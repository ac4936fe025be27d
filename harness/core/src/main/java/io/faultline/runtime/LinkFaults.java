package io.faultline.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The slow, flaky and throttled links a real-time {@link Net} has been told about, kept for the net that applies them:
 * checked on the way in (so a bad nemesis value is an error in every runtime, not a Toxiproxy or scheduler error later)
 * and forgotten all at once by {@link Net#fast}. Ordered maps, so links iterate the same way every run. Not
 * thread-safe: one net uses it from the event loop.
 */
public final class LinkFaults {

    /** A slow link's delay: every message waits {@code latencyNanos} plus up to {@code jitterNanos}. */
    public record Delay(long latencyNanos, long jitterNanos) {
        public Delay {
            if (latencyNanos < 0 || jitterNanos < 0) {
                throw new IllegalArgumentException("latency and jitter must not be negative: "
                        + latencyNanos + " ns, " + jitterNanos + " ns");
            }
        }
    }

    private final Map<Link, Delay> delays = new TreeMap<>();
    private final Map<Link, Double> losses = new TreeMap<>();
    private final Map<Link, Long> bandwidths = new TreeMap<>();

    /** Records that {@code link} is slow; returns the delay. */
    public Delay slow(Link link, long latencyNanos, long jitterNanos) {
        Delay delay = new Delay(latencyNanos, jitterNanos);
        delays.put(link, delay);
        return delay;
    }

    /** Records that {@code link} loses messages with {@code lossProbability}. */
    public void flaky(Link link, double lossProbability) {
        if (!(lossProbability >= 0 && lossProbability <= 1)) {
            throw new IllegalArgumentException("a probability is between 0 and 1, not " + lossProbability);
        }
        losses.put(link, lossProbability);
    }

    /** Records that {@code link} carries at most {@code bytesPerSecond}. */
    public void throttle(Link link, long bytesPerSecond) {
        bandwidths.put(link, requireBandwidth(bytesPerSecond));
    }

    /** A bandwidth a net can apply: at least one byte a second. */
    public static long requireBandwidth(long bytesPerSecond) {
        if (bytesPerSecond < 1) {
            throw new IllegalArgumentException("a bandwidth is at least 1 byte/s, not " + bytesPerSecond);
        }
        return bytesPerSecond;
    }

    /** The bandwidth {@code link} was limited to, if it is throttled. */
    public OptionalLong bandwidth(Link link) {
        Long bandwidth = bandwidths.get(link);
        return bandwidth == null ? OptionalLong.empty() : OptionalLong.of(bandwidth);
    }

    /** The delay {@code link} was given, if it is slow. */
    public Optional<Delay> delay(Link link) {
        return Optional.ofNullable(delays.get(link));
    }

    /** The loss probability {@code link} was given, if it is flaky. */
    public OptionalDouble loss(Link link) {
        Double loss = losses.get(link);
        return loss == null ? OptionalDouble.empty() : OptionalDouble.of(loss);
    }

    /** Forgets every slow, flaky and throttled link; returns them, in order. */
    public Set<Link> clear() {
        Set<Link> faulty = new TreeSet<>(delays.keySet());
        faulty.addAll(losses.keySet());
        faulty.addAll(bandwidths.keySet());
        delays.clear();
        losses.clear();
        bandwidths.clear();
        return faulty;
    }
}
