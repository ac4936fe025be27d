package io.faultline.sim;

import io.faultline.runtime.Seeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyTest {

    private static long[] sample(Latency latency, long seed, int count) {
        SplittableRandom random = Seeds.derive(seed, "latency-test");
        return LongStream.range(0, count).map(i -> latency.sampleNanos(random)).sorted().toArray();
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        Latency latency = Latency.exponential(100, 1_000);
        assertThat(sample(latency, 7, 1_000)).isEqualTo(sample(latency, 7, 1_000));
        assertThat(sample(latency, 7, 1_000)).isNotEqualTo(sample(latency, 8, 1_000));
    }

    @Test
    void constantAndUniformStayInTheirBounds() {
        assertThat(sample(Latency.constant(5), 1, 100)).containsOnly(5);
        long[] uniform = sample(Latency.uniform(10, 20), 1, 10_000);
        assertThat(uniform[0]).isEqualTo(10);
        assertThat(uniform[uniform.length - 1]).isEqualTo(20);
    }

    @Test
    void exponentialHasItsMinimumAndMean() {
        long[] samples = sample(Latency.exponential(1_000, 10_000), 3, 100_000);
        assertThat(samples[0]).isGreaterThanOrEqualTo(1_000);
        assertThat(Arrays.stream(samples).average().orElseThrow()).isBetween(10_800.0, 11_200.0);
    }

    @Test
    void longTailHasItsMedianAndP99() {
        long[] samples = sample(Latency.longTail(1_000_000, 50_000_000), 5, 100_000);
        assertThat(samples[samples.length / 2]).isBetween(950_000L, 1_050_000L);
        assertThat(samples[samples.length * 99 / 100]).isBetween(45_000_000L, 55_000_000L);
    }

    @Test
    void rejectsImpossibleDistributions() {
        assertThatThrownBy(() -> Latency.constant(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latency.uniform(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latency.longTail(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamsForDifferentPurposesDiffer() {
        assertThat(Seeds.derive(1, "net").nextLong()).isEqualTo(Seeds.derive(1, "net").nextLong());
        assertThat(Seeds.derive(1, "net").nextLong()).isNotEqualTo(Seeds.derive(1, "node:n1:1").nextLong());
        assertThat(Seeds.derive(1, "net").nextLong()).isNotEqualTo(Seeds.derive(2, "net").nextLong());
    }
}
