package io.faultline.experiment;

import java.util.Arrays;

/** A sorted sample of numbers (hops, keys per node) and the statistics the papers report about it. */
public final class Distribution {

    private final double[] sorted;

    private Distribution(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("an empty sample has no statistics");
        }
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    public static Distribution of(double[] values) {
        return new Distribution(values);
    }

    public static Distribution of(long[] values) {
        return new Distribution(Arrays.stream(values).asDoubleStream().toArray());
    }

    public int count() {
        return sorted.length;
    }

    public double mean() {
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return sum / sorted.length;
    }

    /** The nearest-rank percentile: the smallest value with at least {@code percent} % of the sample at or below it. */
    public double percentile(double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }
}
