package io.faultline.report;

import io.faultline.histories.Call;
import io.faultline.report.chart.FaultBand;
import io.faultline.report.chart.PlotArea;
import io.faultline.report.chart.Scale;
import io.faultline.histories.render.Svg;
import java.util.List;
import java.util.Locale;

/**
 * Every call's latency against the time it was invoked, on a log scale: colour by outcome, shape by function
 * ({@code read} a circle, {@code write} a square, {@code cas} a triangle, anything else a diamond), faults shaded
 * behind. Calls that never completed have no latency and are not drawn. At most {@code maxPoints} are drawn, every
 * k-th call in invocation order when there are more.
 */
final class LatencyScatter {
    private static final double HEIGHT_PX = 300;

    private LatencyScatter() {
    }

    /** The chart and how many calls it draws, for the caption. */
    record Drawn(String svg, int points, int stride) {
    }

    static Drawn draw(List<Call> calls, long endNanos, List<FaultBand> faults, double widthPx, int maxPoints) {
        List<Call> timed = calls.stream().filter(c -> c.completeTime() >= 0).toList();
        int stride = Math.max(1, (int) Math.ceil(timed.size() / (double) maxPoints));
        PlotArea plot = PlotArea.inside(widthPx, HEIGHT_PX, 64, 40);
        Scale x = plot.xLinear(0, Math.max(1, endNanos));
        long slowest = timed.stream().mapToLong(LatencyScatter::latency).max().orElse(1_000_000);
        long fastest = timed.stream().mapToLong(LatencyScatter::latency).min().orElse(1_000);
        Scale y = plot.yLog(Math.max(1_000, fastest), Math.max(slowest, 10_000));
        StringBuilder out = Svg.open("chart scatter", widthPx, HEIGHT_PX);
        FaultBand.drawAll(out, plot, x, faults);
        double step = Scale.niceStep(endNanos / Math.max(2.0, plot.width() / 110));
        plot.xAxis(out, x, Math.max(2, (int) (plot.width() / 110)), t -> ReportText.seconds(t, step), "time since start");
        plot.yAxis(out, y, 6, v -> ReportText.duration((long) v), "latency");
        int drawn = 0;
        for (int i = 0; i < timed.size(); i += stride) {
            point(out, timed.get(i), x, y);
            drawn++;
        }
        return new Drawn(out.append("</svg>").toString(), drawn, stride);
    }

    static long latency(Call call) {
        return Math.max(1, call.completeTime() - call.invokeTime());
    }

    private static void point(StringBuilder out, Call call, Scale x, Scale y) {
        double px = x.at(call.invokeTime());
        double py = y.at(latency(call));
        String cls = "pt " + call.outcome().name().toLowerCase(Locale.ROOT);
        out.append("<g data-line=\"").append(call.invokeIndex()).append("\">");
        switch (call.f()) {
            case "read" -> Svg.circle(out, cls, px, py, 3);
            case "write" -> Svg.rect(out, cls, px - 2.7, py - 2.7, 5.4, 5.4);
            case "cas" -> Svg.path(out, cls, "M" + Svg.num(px) + " " + Svg.num(py - 3.6) + "l3.4 6h-6.8z");
            default -> Svg.path(out, cls, "M" + Svg.num(px) + " " + Svg.num(py - 3.6) + "l3.4 3.6l-3.4 3.6l-3.4 -3.6z");
        }
        Svg.title(out, "p" + call.process() + " " + call.f() + " " + call.outcome().name().toLowerCase(Locale.ROOT)
                + ", " + ReportText.duration(latency(call)) + " at " + ReportText.seconds(call.invokeTime(), 1e6)
                + " (line " + call.invokeIndex() + ")");
        out.append("</g>\n");
    }
}
