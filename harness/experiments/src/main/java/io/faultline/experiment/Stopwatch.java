package io.faultline.experiment;

import java.time.Duration;
import java.util.Locale;

/**
 * Wall-clock and process CPU time since it was started, for progress lines only (never for results, which must
 * not depend on the machine). Both, because on a shared machine the wall time says more about the neighbours.
 */
public final class Stopwatch {

    private final long wallStartNanos = System.nanoTime();
    private final long cpuStartNanos = cpuNanos();

    public static Stopwatch start() {
        return new Stopwatch();
    }

    public double wallSeconds() {
        return (System.nanoTime() - wallStartNanos) / 1e9;
    }

    /** CPU time of the whole JVM (every thread, the JIT and the collector included). */
    public double cpuSeconds() {
        return (cpuNanos() - cpuStartNanos) / 1e9;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU", wallSeconds(), cpuSeconds());
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
