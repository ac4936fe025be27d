package io.faultline.experiment;

import java.util.List;

/**
 * What an experiment's figure shows, independent of how it is drawn ({@link SvgPlot} draws it).
 *
 * @param title   the figure title, naming the paper figure it reproduces
 * @param xLabel  the x axis label
 * @param yLabel  the y axis label
 * @param xTicks  where to label the x axis; the axis spans the first to the last tick
 * @param series  the lines, measured ones first, the paper's reference last
 */
public record Plot(String title, String xLabel, String yLabel, List<Tick> xTicks, List<Series> series) {

    public Plot {
        xTicks = List.copyOf(xTicks);
        series = List.copyOf(series);
        if (xTicks.size() < 2) {
            throw new IllegalArgumentException("a plot needs at least two x ticks");
        }
    }

    /** A labelled position on the x axis (for example x = 10 labelled "2^10"). */
    public record Tick(double x, String label) {
    }

    public record Point(double x, double y) {
    }

    /** How a series is drawn. */
    public enum Style {
        /** A measurement: a solid line with a dot at each point. */
        MEASURED,
        /** A formula or the paper's trend: a dashed line. */
        REFERENCE,
        /** Values the paper's text quotes: open squares, no line. */
        PAPER_POINTS
    }

    /**
     * One series of the plot.
     *
     * @param name   its legend entry
     * @param points in x order
     * @param style  how it is drawn
     */
    public record Series(String name, List<Point> points, Style style) {
        public Series {
            points = List.copyOf(points);
        }
    }
}
