package io.faultline.workloads.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {
    private static final int SAMPLES = 400_000;

    @ParameterizedTest
    @CsvSource({"10,1.0", "100,1.0", "50,0.5", "20,2.0", "1000,1.2", "8,0.0", "30,0.999999999"})
    void frequenciesMatchZipfsLaw(int n, double exponent) {
        ZipfSampler zipf = new ZipfSampler(n, exponent);
        long[] counts = counts(zipf, 1);
        for (int k : IntStream.rangeClosed(1, Math.min(n, 6)).toArray()) {
            double expected = zipfLaw(n, exponent, k) * SAMPLES;
            assertThat((double) counts[k]).as("rank %d of %d, exponent %s", k, n, exponent)
                    .isBetween(expected - 5 * Math.sqrt(expected) - 1, expected + 5 * Math.sqrt(expected) + 1);
        }
    }

    @Test
    void samplesStayInRange() {
        ZipfSampler zipf = new ZipfSampler(3, 1.0);
        assertThat(counts(zipf, 2)[0]).isZero();
        assertThat(new ZipfSampler(1, 1.0).sample(new SplittableRandom(1))).isEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        ZipfSampler zipf = new ZipfSampler(100, 1.0);
        assertThat(counts(zipf, 9)).isEqualTo(counts(zipf, 9));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new ZipfSampler(0, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZipfSampler(5, -1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZipfSampler(5, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    /** P(k) = k^-s / sum over i of i^-s, computed independently of the sampler. */
    private static double zipfLaw(int n, double exponent, int k) {
        double norm = IntStream.rangeClosed(1, n).mapToDouble(i -> Math.pow(i, -exponent)).sum();
        return Math.pow(k, -exponent) / norm;
    }

    private static long[] counts(ZipfSampler zipf, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] counts = new long[zipf.n() + 1];
        for (int i = 0; i < SAMPLES; i++) {
            counts[zipf.sample(random)]++;
        }
        return counts;
    }
}
