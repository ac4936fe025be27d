package io.faultline.experiment;

import io.faultline.histories.render.Markup;
import io.faultline.experiment.Plot.Point;
import io.faultline.experiment.Plot.Series;
import io.faultline.experiment.Plot.Style;
import io.faultline.experiment.Plot.Tick;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Plot} as one self-contained SVG file: no scripts, no fonts, no external references, so it shows
 * the same in a browser, on GitHub and in the HTML report. Coordinates are printed with one decimal, so the same
 * plot gives the same bytes.
 */
public final class SvgPlot {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 230;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final List<String> COLORS = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#555555");

    private final Plot plot;
    private final double xMin;
    private final double xMax;
    private final double yMax;
    private final double yStep;
    private final StringBuilder svg = new StringBuilder();

    private SvgPlot(Plot plot) {
        this.plot = plot;
        this.xMin = plot.xTicks().get(0).x();
        this.xMax = plot.xTicks().get(plot.xTicks().size() - 1).x();
        double highest = plot.series().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y).max().orElse(1);
        double[] axis = yAxis(highest);
        this.yMax = axis[0];
        this.yStep = axis[1];
    }

    /** The SVG document for {@code plot}. */
    public static String render(Plot plot) {
        return new SvgPlot(plot).draw();
    }

    private String draw() {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(WIDTH / 2.0 - RIGHT / 2.0, 22, plot.title(), "middle", "font-size=\"14\" font-weight=\"bold\"");
        axes();
        for (int i = 0; i < plot.series().size(); i++) {
            series(plot.series().get(i), COLORS.get(i % COLORS.size()));
            legend(i, plot.series().get(i), COLORS.get(i % COLORS.size()));
        }
        return svg.append("</svg>\n").toString();
    }

    private void axes() {
        double x0 = px(xMin);
        double x1 = px(xMax);
        double y0 = py(0);
        line(x0, y0, x1, y0, "#000", "");
        line(x0, y0, x0, py(yMax), "#000", "");
        for (Tick tick : plot.xTicks()) {
            line(px(tick.x()), y0, px(tick.x()), y0 + 5, "#000", "");
            text(px(tick.x()), y0 + 18, tick.label(), "middle", "");
        }
        for (int i = 0; i * yStep <= yMax * (1 + 1e-9); i++) {
            double y = py(i * yStep);
            line(x0, y, x1, y, "#e0e0e0", "");
            text(x0 - 8, y + 4, number(i * yStep), "end", "");
        }
        text((x0 + x1) / 2, HEIGHT - 18, plot.xLabel(), "middle", "");
        svg.append(String.format(Locale.ROOT, "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 18 %.1f)\">%s</text>%n", (TOP + py(0)) / 2, (TOP + py(0)) / 2, Markup.escape(plot.yLabel())));
    }

    private void series(Series series, String color) {
        if (series.style() != Style.PAPER_POINTS) {
            StringBuilder points = new StringBuilder();
            for (Point p : series.points()) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px(p.x()), py(p.y())));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s "
                    + "points=\"%s\"/>%n", color, dash(series), points.toString().trim()));
        }
        for (Point p : series.points()) {
            marker(series.style(), px(p.x()), py(p.y()), color);
        }
    }

    private void marker(Style style, double x, double y, String color) {
        if (style == Style.MEASURED) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, color));
        } else if (style == Style.PAPER_POINTS) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"2\"/>%n", x - 5, y - 5, color));
        }
    }

    private static String dash(Series series) {
        return series.style() == Style.REFERENCE ? " stroke-dasharray=\"6 4\"" : "";
    }

    private void legend(int index, Series series, String color) {
        double x = WIDTH - RIGHT + 20;
        double y = TOP + 10 + index * 20;
        if (series.style() == Style.PAPER_POINTS) {
            marker(series.style(), x + 12, y, color);
        } else {
            line(x, y, x + 24, y, color, dash(series));
        }
        text(x + 30, y + 4, series.name(), "start", "");
    }

    private double px(double x) {
        return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    private double py(double y) {
        return HEIGHT - BOTTOM - y / yMax * (HEIGHT - TOP - BOTTOM);
    }

    private void line(double x1, double y1, double x2, double y2, String color, String extra) {
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"%s/>%n",
                x1, y1, x2, y2, color, color.equals("#e0e0e0") ? "1" : "2", extra));
    }

    private void text(double x, double y, String content, String anchor, String extra) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n",
                x, y, anchor, extra.isEmpty() ? "" : " " + extra, Markup.escape(content)));
    }

    /**
     * The y axis: a round step (1, 2, 2.5 or 5 × 10^k) and the top, a multiple of it at or above {@code highest},
     * with at most 6 steps. Returns {top, step}.
     */
    static double[] yAxis(double highest) {
        if (!(highest > 0)) {
            return new double[] {1, 0.2};
        }
        for (int k = (int) Math.floor(Math.log10(highest)) - 1; ; k++) {
            double scale = Math.pow(10, Math.abs(k)); // divide by 10^|k| when k < 0: 6 / 10 is 0.6, 6 × 0.1 is not
            for (double m : new double[] {1, 2, 2.5, 5}) {
                double step = k < 0 ? m / scale : m * scale;
                long steps = Math.max(1, (long) Math.ceil(highest / step - 1e-9));
                if (steps <= 6) {
                    return new double[] {k < 0 ? steps * m / scale : steps * m * scale, step};
                }
            }
        }
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
