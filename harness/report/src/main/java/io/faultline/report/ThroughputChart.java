package io.faultline.report;

import io.faultline.histories.Call;
import io.faultline.report.chart.FaultBand;
import io.faultline.report.chart.PlotArea;
import io.faultline.report.chart.Scale;
import io.faultline.histories.render.Svg;
import java.util.List;

/**
 * Completions per second over the run, in stacked bars by outcome (ok at the bottom, then fail, then info), with
 * the faults shaded behind: where the system stopped answering, and for how long. Bins are a round width chosen
 * so the run spans about {@value #BINS} of them.
 */
final class ThroughputChart {
    private static final double HEIGHT_PX = 220;
    private static final int BINS = 80;

    private ThroughputChart() {
    }

    static String draw(List<Call> calls, long endNanos, List<FaultBand> faults, double widthPx) {
        double binNanos = Scale.niceStep(Math.max(1, endNanos) / (double) BINS);
        int bins = (int) Math.ceil(Math.max(1, endNanos) / binNanos);
        int[][] counts = new int[3][bins];
        for (Call call : calls) {
            if (call.completeTime() >= 0) {
                int bin = (int) Math.min(bins - 1, call.completeTime() / binNanos);
                counts[call.isOk() ? 0 : call.isFail() ? 1 : 2][bin]++;
            }
        }
        double perSecond = 1e9 / binNanos;
        int peak = 1;
        for (int b = 0; b < bins; b++) {
            peak = Math.max(peak, counts[0][b] + counts[1][b] + counts[2][b]);
        }
        PlotArea plot = PlotArea.inside(widthPx, HEIGHT_PX, 64, 40);
        Scale x = plot.xLinear(0, bins * binNanos);
        Scale y = plot.yLinear(0, peak * perSecond * 1.1);
        StringBuilder out = Svg.open("chart throughput", widthPx, HEIGHT_PX);
        FaultBand.drawAll(out, plot, x, faults);
        double step = Scale.niceStep(endNanos / Math.max(2.0, plot.width() / 110));
        plot.xAxis(out, x, Math.max(2, (int) (plot.width() / 110)), t -> ReportText.seconds(t, step), "time since start");
        plot.yAxis(out, y, 4, v -> ReportText.count(Math.round(v)), "completions / s");
        String[] classes = {"ok", "fail", "info"};
        for (int b = 0; b < bins; b++) {
            double x1 = x.at(b * binNanos) + 0.5;
            double width = Math.max(1, x.at((b + 1) * binNanos) - x.at(b * binNanos) - 1);
            double below = 0;
            for (int outcome = 0; outcome < 3; outcome++) {
                double rate = counts[outcome][b] * perSecond;
                if (rate > 0) {
                    double top = y.at(below + rate);
                    out.append("<g>");
                    Svg.title(out, ReportText.count(counts[outcome][b]) + " " + classes[outcome] + " in "
                            + ReportText.seconds(b * binNanos, binNanos) + "–" + ReportText.seconds((b + 1) * binNanos, binNanos));
                    Svg.rect(out, "tp " + classes[outcome], x1, top, width, y.at(below) - top);
                    out.append("</g>");
                    below += rate;
                }
            }
        }
        return out.append("\n</svg>").toString();
    }
}
