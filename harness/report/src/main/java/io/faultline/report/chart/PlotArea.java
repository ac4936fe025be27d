package io.faultline.report.chart;

import io.faultline.histories.render.Markup;
import io.faultline.histories.render.Svg;
import java.util.function.DoubleFunction;

/**
 * A chart's plotting area and its two axes: grid lines, tick labels and captions, drawn with CSS classes
 * ({@code grid}, {@code tick}, {@code axis}, {@code caption}) that the page styles.
 *
 * @param left   x of the plot area's left edge
 * @param top    y of its top edge
 * @param width  its width
 * @param height its height
 */
public record PlotArea(double left, double top, double width, double height) {

    /** The plot area of a chart {@code chartWidth} by {@code chartHeight} with room for axes on the left and below. */
    public static PlotArea inside(double chartWidth, double chartHeight, double leftMargin, double bottomMargin) {
        return new PlotArea(leftMargin, 12, chartWidth - leftMargin - 16, chartHeight - bottomMargin - 12);
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    /** A horizontal scale over this area for values {@code from..to}. */
    public Scale xLinear(double from, double to) {
        return Scale.linear(from, to, left, right());
    }

    /** A vertical scale over this area, growing upwards. */
    public Scale yLinear(double from, double to) {
        return Scale.linear(from, to, bottom(), top);
    }

    public Scale yLog(double from, double to) {
        return Scale.log(from, to, bottom(), top);
    }

    /** Vertical grid lines and labels under the area, at about {@code wanted} round values of {@code x}. */
    public void xAxis(StringBuilder out, Scale x, int wanted, DoubleFunction<String> label, String caption) {
        for (double tick : x.ticks(wanted)) {
            double px = x.at(tick);
            Svg.line(out, "grid", px, top, px, bottom());
            out.append("<text class=\"tick x\" x=\"").append(Svg.num(px)).append("\" y=\"")
                    .append(Svg.num(bottom() + 15)).append("\">").append(Markup.escape(label.apply(tick)))
                    .append("</text>");
        }
        Svg.line(out, "axis", left, bottom(), right(), bottom());
        Svg.text(out, "caption x", right(), bottom() + 32, caption);
    }

    /** Horizontal grid lines and labels left of the area. */
    public void yAxis(StringBuilder out, Scale y, int wanted, DoubleFunction<String> label, String caption) {
        for (double tick : y.ticks(wanted)) {
            double py = y.at(tick);
            Svg.line(out, "grid", left, py, right(), py);
            out.append("<text class=\"tick y\" x=\"").append(Svg.num(left - 6)).append("\" y=\"")
                    .append(Svg.num(py + 4)).append("\">").append(Markup.escape(label.apply(tick))).append("</text>");
        }
        Svg.line(out, "axis", left, top, left, bottom());
        out.append("<text class=\"caption y\" transform=\"translate(12 ").append(Svg.num(top + height / 2))
                .append(") rotate(-90)\">").append(Markup.escape(caption)).append("</text>");
    }
}
