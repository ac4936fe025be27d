package io.faultline.report;

import io.faultline.histories.render.Markup;
import io.faultline.report.chart.Scale;
import io.faultline.histories.render.Svg;
import java.util.Arrays;
import java.util.List;

/**
 * Where a moment of the run lies on a timeline. The whole-run timeline is proportional to time; a close-up is
 * ordinal, after Porcupine: every distinct moment when a drawn call begins or ends gets one slot of equal width,
 * so the order of events is exact and quick calls get room for their labels, while idle stretches take none.
 */
interface TimeAxis {

    /** Where something that starts at {@code nanos} begins. */
    double startX(long nanos);

    /** Where something that ends at {@code nanos} ends. */
    double endX(long nanos);

    /** Grid lines from {@code top} to {@code bottom}, and time labels above {@code top}. */
    void drawTicks(StringBuilder out, double top, double bottom);

    /** Time proportional to distance, from {@code fromNanos} at {@code left} to {@code toNanos} at {@code right}. */
    static TimeAxis linear(long fromNanos, long toNanos, double left, double right) {
        Scale scale = Scale.linear(fromNanos, Math.max(toNanos, fromNanos + 1), left, right);
        return new TimeAxis() {
            public double startX(long nanos) {
                return scale.at(nanos);
            }

            public double endX(long nanos) {
                return scale.at(nanos);
            }

            public void drawTicks(StringBuilder out, double top, double bottom) {
                List<Double> ticks = scale.ticks(Math.max(2, (int) ((right - left) / 110)));
                double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 1e9;
                ticks.forEach(t -> tick(out, scale.at(t), top, bottom, ReportText.seconds(t, step)));
            }
        };
    }

    /** One slot of {@code slotPx} per distinct moment in {@code moments}, from {@code left}. */
    static TimeAxis ordinal(long[] moments, double left, double slotPx) {
        long[] slots = Arrays.stream(moments).sorted().distinct().toArray();
        return new TimeAxis() {
            public double startX(long nanos) {
                return left + slot(nanos) * slotPx;
            }

            public double endX(long nanos) {
                int found = Arrays.binarySearch(slots, nanos);
                return left + (found >= 0 ? found + 1 : -found - 1) * slotPx;
            }

            public void drawTicks(StringBuilder out, double top, double bottom) {
                int every = Math.max(1, (int) Math.ceil(70 / slotPx));
                for (int i = 0; i < slots.length; i += every) {
                    tick(out, left + (i + 0.5) * slotPx, top, bottom, ReportText.seconds(slots[i], 1e6));
                }
            }

            private int slot(long nanos) {
                int found = Arrays.binarySearch(slots, nanos);
                return found >= 0 ? found : -found - 1;
            }
        };
    }

    private static void tick(StringBuilder out, double x, double top, double bottom, String label) {
        Svg.line(out, "grid", x, top - 6, x, bottom);
        out.append("<text class=\"tick x\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(top - 12))
                .append("\">").append(Markup.escape(label)).append("</text>");
    }
}
