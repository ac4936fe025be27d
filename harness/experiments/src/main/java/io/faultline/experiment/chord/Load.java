package io.faultline.experiment.chord;

import io.faultline.experiment.Distribution;
import java.util.Arrays;

/**
 * Keys per node over several networks: the pooled 1st and 99th percentiles, and the mean over networks of each
 * network's largest load (what one network's maximum, as the paper quotes it, is expected to be) with the lowest
 * and highest of those maxima (how much one network's maximum varies).
 */
record Load(double mean, double p1, double p99, double meanMax, double lowestMax, double highestMax) {

    /** @param perNetwork per network, the keys each node stores */
    static Load of(long[][] perNetwork) {
        Distribution pooled = Distribution.of(Arrays.stream(perNetwork).flatMapToLong(Arrays::stream).toArray());
        double[] maxima = Arrays.stream(perNetwork).mapToDouble(c -> Distribution.of(c).max()).toArray();
        return new Load(pooled.mean(), pooled.percentile(1), pooled.percentile(99), Arrays.stream(maxima).average()
                .orElseThrow(), Arrays.stream(maxima).min().orElseThrow(), Arrays.stream(maxima).max().orElseThrow());
    }
}
