package io.faultline.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps data values onto pixels, linearly or logarithmically, and proposes round tick values. A log scale is what
 * latencies need: a 2 ms read and a 1 s timeout belong on the same chart, and both must stay readable.
 */
public final class Scale {
    private final double domainFrom;
    private final double domainTo;
    private final double rangeFrom;
    private final double rangeTo;
    private final boolean log;

    private Scale(double domainFrom, double domainTo, double rangeFrom, double rangeTo, boolean log) {
        this.domainFrom = domainFrom;
        this.domainTo = domainTo == domainFrom ? domainFrom + 1 : domainTo;
        this.rangeFrom = rangeFrom;
        this.rangeTo = rangeTo;
        this.log = log;
    }

    /** Values {@code from..to} onto pixels {@code rangeFrom..rangeTo} (which may run downwards, as y does). */
    public static Scale linear(double from, double to, double rangeFrom, double rangeTo) {
        return new Scale(from, to, rangeFrom, rangeTo, false);
    }

    /** Positive values {@code from..to} onto pixels on a log scale, widened to whole decades. */
    public static Scale log(double from, double to, double rangeFrom, double rangeTo) {
        double low = Math.floor(Math.log10(Math.max(from, 1e-12)));
        double high = Math.ceil(Math.log10(Math.max(to, from * 10)));
        return new Scale(low, Math.max(high, low + 1), rangeFrom, rangeTo, true);
    }

    /** The pixel position of {@code value}; values outside the domain are clamped to its ends. */
    public double at(double value) {
        double v = log ? Math.log10(Math.max(value, 1e-12)) : value;
        double t = (v - domainFrom) / (domainTo - domainFrom);
        t = Math.max(0, Math.min(1, t));
        return rangeFrom + t * (rangeTo - rangeFrom);
    }

    public double domainFrom() {
        return log ? Math.pow(10, domainFrom) : domainFrom;
    }

    public double domainTo() {
        return log ? Math.pow(10, domainTo) : domainTo;
    }

    /** Round values inside the domain, about {@code wanted} of them (powers of ten on a log scale). */
    public List<Double> ticks(int wanted) {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double d = domainFrom; d <= domainTo + 1e-9; d++) {
                ticks.add(Math.pow(10, d));
            }
            return ticks;
        }
        double step = niceStep((domainTo - domainFrom) / Math.max(1, wanted));
        for (double v = Math.ceil(domainFrom / step) * step; v <= domainTo + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}: steps people count in. */
    public static double niceStep(double raw) {
        if (raw <= 0 || Double.isNaN(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw * (1 - 1e-9)) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
