package io.faultline.sim;

import java.util.random.RandomGenerator;

/**
 * How long a message takes on a link: a distribution sampled from the network's seeded random source. Jitter
 * between consecutive messages is what reorders them; a constant latency keeps a link FIFO.
 */
public sealed interface Latency {

    /** One delay in nanoseconds, never negative. */
    long sampleNanos(RandomGenerator random);

    static Latency constant(long nanos) {
        return new Constant(nanos);
    }

    /** Uniform on {@code [minNanos, maxNanos]}. */
    static Latency uniform(long minNanos, long maxNanos) {
        return new Uniform(minNanos, maxNanos);
    }

    /** {@code minNanos} plus an exponential with mean {@code meanExtraNanos}: Maelstrom's default shape. */
    static Latency exponential(long minNanos, long meanExtraNanos) {
        return new Exponential(minNanos, meanExtraNanos);
    }

    /** Log-normal with the given median and 99th percentile: most messages fast, a few very slow. */
    static Latency longTail(long medianNanos, long p99Nanos) {
        return new LongTail(medianNanos, p99Nanos);
    }

    record Constant(long nanos) implements Latency {
        public Constant {
            requireNonNegative(nanos);
        }

        @Override
        public long sampleNanos(RandomGenerator random) {
            return nanos;
        }
    }

    record Uniform(long minNanos, long maxNanos) implements Latency {
        public Uniform {
            requireNonNegative(minNanos);
            if (maxNanos < minNanos) {
                throw new IllegalArgumentException("max " + maxNanos + " < min " + minNanos);
            }
        }

        @Override
        public long sampleNanos(RandomGenerator random) {
            return minNanos == maxNanos ? minNanos : random.nextLong(minNanos, maxNanos + 1);
        }
    }

    record Exponential(long minNanos, long meanExtraNanos) implements Latency {
        public Exponential {
            requireNonNegative(minNanos);
            requireNonNegative(meanExtraNanos);
        }

        @Override
        public long sampleNanos(RandomGenerator random) {
            return minNanos + (long) (random.nextExponential() * meanExtraNanos);
        }
    }

    record LongTail(long medianNanos, long p99Nanos) implements Latency {
        /** The standard normal's 99th percentile: ln(p99 / median) = sigma · Z99. */
        private static final double Z99 = 2.3263478740408408;

        public LongTail {
            if (medianNanos <= 0 || p99Nanos < medianNanos) {
                throw new IllegalArgumentException("need 0 < median <= p99, got " + medianNanos + ", " + p99Nanos);
            }
        }

        @Override
        public long sampleNanos(RandomGenerator random) {
            double sigma = Math.log((double) p99Nanos / medianNanos) / Z99;
            return (long) (medianNanos * Math.exp(sigma * random.nextGaussian()));
        }
    }

    private static void requireNonNegative(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("latency must not be negative: " + nanos);
        }
    }
}
