package io.faultline.workloads.kv;

import java.util.random.RandomGenerator;

/**
 * Samples ranks {@code 1 … n} with probability proportional to {@code 1 / rank^exponent} (Zipf's law), by
 * Hörmann and Derflinger's rejection-inversion ("Rejection-inversion to generate variates from monotone
 * discrete distributions", 1996), the method Apache Commons RNG uses: constant expected time, no table,
 * so a million keys cost nothing. Immutable; all randomness comes from the generator passed in.
 * Exponent 0 is the uniform distribution.
 */
public final class ZipfSampler {
    private final int n;
    private final double exponent;
    private final double hIntegralX1;
    private final double hIntegralN;
    private final double s;

    public ZipfSampler(int n, double exponent) {
        if (n < 1 || !(exponent >= 0) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("Zipf needs n >= 1 and a finite exponent >= 0, not n=" + n
                    + ", exponent=" + exponent);
        }
        this.n = n;
        this.exponent = exponent;
        this.hIntegralX1 = hIntegral(1.5) - 1.0;
        this.hIntegralN = hIntegral(n + 0.5);
        this.s = 2.0 - hIntegralInverse(hIntegral(2.5) - h(2.0));
    }

    public int n() {
        return n;
    }

    public double exponent() {
        return exponent;
    }

    /** A rank in {@code 1 … n}; rank 1 is the most likely. */
    public int sample(RandomGenerator random) {
        while (true) {
            // u is uniform in (hIntegralX1, hIntegralN]: invert, round to the nearest rank, accept or retry.
            double u = hIntegralN + random.nextDouble() * (hIntegralX1 - hIntegralN);
            double x = hIntegralInverse(u);
            int k = (int) Math.max(1, Math.min(n, (long) (x + 0.5)));
            if (k - x <= s || u >= hIntegral(k + 0.5) - h(k)) {
                return k;
            }
        }
    }

    /** h(x) = x^-exponent, the unnormalised density. */
    private double h(double x) {
        return Math.exp(-exponent * Math.log(x));
    }

    /** H(x), an integral of h with H(1) chosen so that the inversion is stable near exponent 1. */
    private double hIntegral(double x) {
        double logX = Math.log(x);
        return expm1OverX((1.0 - exponent) * logX) * logX;
    }

    private double hIntegralInverse(double x) {
        double t = Math.max(-1.0, x * (1.0 - exponent));
        return Math.exp(log1pOverX(t) * x);
    }

    /** log(1+x)/x, accurate near 0. */
    private static double log1pOverX(double x) {
        return Math.abs(x) > 1e-8 ? Math.log1p(x) / x : 1.0 - x * (0.5 - x * (1.0 / 3.0 - 0.25 * x));
    }

    /** (e^x - 1)/x, accurate near 0. */
    private static double expm1OverX(double x) {
        return Math.abs(x) > 1e-8 ? Math.expm1(x) / x : 1.0 + x * 0.5 * (1.0 + x / 3.0 * (1.0 + 0.25 * x));
    }
}
