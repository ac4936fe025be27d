package io.faultline.report;

import java.util.Locale;

/** How numbers, durations and user values are written on a report: bounded, one line, readable at a glance. */
final class ReportText {
    private ReportText() {
    }

    /** At most {@code max} characters of one line, ending in {@code …} when cut. */
    static String bounded(String s, int max) {
        String line = s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() <= max ? line : line.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** {@code 12,345}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1 call}, {@code 3 calls}. */
    static String plural(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** A latency: {@code 850 µs}, {@code 4.6 ms}, {@code 1.20 s}; a dash for none. */
    static String duration(long nanos) {
        if (nanos < 0) {
            return "–";
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%d µs", Math.round(nanos / 1e3));
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, nanos < 100_000_000 ? "%.1f ms" : "%.0f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** A point in the run: {@code 4.25 s}, with as many decimals as the scale needs. */
    static String seconds(double nanos, double stepNanos) {
        int decimals = 0;
        while (decimals < 3 && Math.abs(stepNanos / 1e9 * Math.pow(10, decimals)
                - Math.rint(stepNanos / 1e9 * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f s", nanos / 1e9);
    }

    /** A percentage with one decimal. */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
