package io.faultline.experiment;

import io.faultline.experiment.Plot.Point;
import io.faultline.experiment.Plot.Series;
import io.faultline.experiment.Plot.Style;
import io.faultline.experiment.Plot.Tick;
import io.faultline.histories.render.Svg;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Plot} as one self-contained SVG file with the shared {@link Svg} kit: its stylesheet is inside the
 * file and there are no scripts, fonts or external references, so it shows the same in a browser, on GitHub and in
 * the HTML report. The same plot gives the same bytes.
 */
public final class SvgPlot {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 230;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    /** Series colours in legend order, as {@code .s0}…{@code .s5}: the 10-colour tableau's first five, then grey. */
    private static final List<String> COLORS = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#555555");

    private final Plot plot;
    private final double xMin;
    private final double xMax;
    private final double yMax;
    private final double yStep;
    private final StringBuilder svg;

    private SvgPlot(Plot plot) {
        this.plot = plot;
        this.xMin = plot.xTicks().get(0).x();
        this.xMax = plot.xTicks().get(plot.xTicks().size() - 1).x();
        double highest = plot.series().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y).max().orElse(1);
        double[] axis = yAxis(highest);
        this.yMax = axis[0];
        this.yStep = axis[1];
        this.svg = Svg.open("plot", WIDTH, HEIGHT);
    }

    /** The SVG document for {@code plot}. */
    public static String render(Plot plot) {
        return new SvgPlot(plot).draw();
    }

    private String draw() {
        svg.append("<style>").append(stylesheet()).append("</style>\n");
        Svg.rect(svg, "page", 0, 0, WIDTH, HEIGHT);
        Svg.text(svg, "title", WIDTH / 2.0 - RIGHT / 2.0, 22, plot.title());
        axes();
        for (int i = 0; i < plot.series().size(); i++) {
            String cls = "s" + (i % COLORS.size());
            series(plot.series().get(i), cls);
            legend(i, plot.series().get(i), cls);
        }
        return svg.append("\n</svg>\n").toString();
    }

    private static String stylesheet() {
        StringBuilder css = new StringBuilder(".plot { font-family: sans-serif; font-size: 12px; } "
                + ".page { fill: white; } text { text-anchor: middle; } .title { font-size: 14px; font-weight: bold; } "
                + ".start { text-anchor: start; } .end { text-anchor: end; } "
                + ".axis { stroke: #000; stroke-width: 2; } .grid { stroke: #e0e0e0; stroke-width: 1; } "
                + "polyline, .legend { fill: none; stroke-width: 2; } .reference { stroke-dasharray: 6 4; } "
                + ".box { fill: none; stroke-width: 2; }");
        for (int i = 0; i < COLORS.size(); i++) {
            css.append(String.format(Locale.ROOT, " .s%d { stroke: %s; } circle.s%d { fill: %s; }",
                    i, COLORS.get(i), i, COLORS.get(i)));
        }
        return css.toString();
    }

    private void axes() {
        double x0 = px(xMin);
        double x1 = px(xMax);
        double y0 = py(0);
        for (int i = 0; i * yStep <= yMax * (1 + 1e-9); i++) {
            double y = py(i * yStep);
            Svg.line(svg, "grid", x0, y, x1, y);
            Svg.text(svg, "end", x0 - 8, y + 4, number(i * yStep));
        }
        Svg.line(svg, "axis", x0, y0, x1, y0);
        Svg.line(svg, "axis", x0, y0, x0, py(yMax));
        for (Tick tick : plot.xTicks()) {
            Svg.line(svg, "axis", px(tick.x()), y0, px(tick.x()), y0 + 5);
            Svg.text(svg, "tick", px(tick.x()), y0 + 18, tick.label());
        }
        Svg.text(svg, "label", (x0 + x1) / 2, HEIGHT - 18, plot.xLabel());
        double middle = (TOP + y0) / 2;
        svg.append("<g transform=\"rotate(-90 18 ").append(Svg.num(middle)).append(")\">");
        Svg.text(svg, "label", 18, middle, plot.yLabel());
        svg.append("</g>");
    }

    private void series(Series series, String cls) {
        if (series.style() != Style.PAPER_POINTS) {
            double[][] points = series.points().stream().map(p -> new double[] {px(p.x()), py(p.y())})
                    .toArray(double[][]::new);
            Svg.polyline(svg, lineClass(series, cls), points);
        }
        for (Point p : series.points()) {
            marker(series.style(), px(p.x()), py(p.y()), cls);
        }
    }

    private void marker(Style style, double x, double y, String cls) {
        if (style == Style.MEASURED) {
            Svg.circle(svg, cls, x, y, 3);
        } else if (style == Style.PAPER_POINTS) {
            Svg.rect(svg, "box " + cls, x - 5, y - 5, 10, 10);
        }
    }

    private static String lineClass(Series series, String cls) {
        return series.style() == Style.REFERENCE ? cls + " reference" : cls;
    }

    private void legend(int index, Series series, String cls) {
        double x = WIDTH - RIGHT + 20;
        double y = TOP + 10 + index * 20;
        if (series.style() == Style.PAPER_POINTS) {
            marker(series.style(), x + 12, y, cls);
        } else {
            Svg.line(svg, "legend " + lineClass(series, cls), x, y, x + 24, y);
        }
        Svg.text(svg, "start", x + 30, y + 4, series.name());
    }

    private double px(double x) {
        return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    private double py(double y) {
        return HEIGHT - BOTTOM - y / yMax * (HEIGHT - TOP - BOTTOM);
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
