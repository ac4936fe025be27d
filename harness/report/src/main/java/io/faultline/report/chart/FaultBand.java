package io.faultline.report.chart;

import io.faultline.histories.render.Svg;
import java.util.List;

/**
 * A stretch of the x axis to shade behind a chart's data: a fault in force, in a run report.
 *
 * @param label what it was, for the tooltip ({@code start-partition halves [n1 n3] [n2 n4 n5]})
 * @param kind  a CSS class naming its kind ({@code net}, {@code crash}, {@code pause}, {@code other}), so that
 *              every chart of a page colours the same fault the same way
 * @param from  where it starts, in the x scale's units
 * @param to    where it ends; equal to {@code from} for an instant
 */
public record FaultBand(String label, String kind, double from, double to) {

    /** Shades each band over the whole height of {@code plot}; an instant is a dashed line. */
    public static void drawAll(StringBuilder out, PlotArea plot, Scale x, List<FaultBand> bands) {
        for (FaultBand band : bands) {
            double x1 = x.at(band.from());
            double x2 = x.at(band.to());
            out.append("<g class=\"fault ").append(band.kind()).append("\">");
            Svg.title(out, band.label());
            if (band.to() <= band.from()) {
                Svg.line(out, "instant", x1, plot.top(), x1, plot.bottom());
            } else {
                Svg.rect(out, "band", x1, plot.top(), Math.max(1, x2 - x1), plot.height());
            }
            out.append("</g>\n");
        }
    }
}
