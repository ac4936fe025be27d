package io.faultline.histories.render;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * Draws a {@link Timeline} as two SVG elements: a narrow gutter naming the lanes (p0, p1 …), which stays put, and the
 * timeline itself, which scrolls sideways: calls as bars along a compressed axis of history lines, nemesis faults as
 * shaded bands behind them, and a mark wherever calls were left out. Both are styled by the page's CSS classes, and
 * every user value in them is escaped.
 */
final class TimelineSvg {
    static final double GUTTER_PX = 64;
    static final double LANE_PX = 44;
    private static final double ORIGIN_PX = 10;
    private static final double AXIS_PX = 36;
    private static final double BAND_ROW_PX = 16;
    private static final double TICK_LABEL_PX = 56;

    /** The two halves of a drawing, of equal height, to be laid side by side. */
    record Drawing(String gutterSvg, String timelineSvg) {
    }

    private final Timeline timeline;
    private final RenderOptions options;
    private final Axis axis;
    private final Map<Long, Integer> laneByProcess = new TreeMap<>();
    private final BandLayout bands;

    private TimelineSvg(Timeline timeline, RenderOptions options) {
        this.timeline = timeline;
        this.options = options;
        long[] positions = Axis.distinct(positions(timeline));
        this.axis = new Axis(positions, ORIGIN_PX, SlotWidth.fit(timeline, positions, options));
        timeline.calls().forEach(c -> laneByProcess.put(c.process(), 0));
        int lane = 0;
        for (Map.Entry<Long, Integer> e : laneByProcess.entrySet()) {
            e.setValue(lane++);
        }
        this.bands = new BandLayout(timeline.bands(), axis, options.maxCalls());
    }

    static Drawing draw(Timeline timeline, RenderOptions options) {
        TimelineSvg svg = new TimelineSvg(timeline, options);
        return new Drawing(svg.gutter(), svg.timeline());
    }

    private String gutter() {
        StringBuilder out = open("gutter", GUTTER_PX);
        drawLaneStripes(out, GUTTER_PX);
        Svg.text(out, "axis-caption", GUTTER_PX - 12, 15, "line");
        laneByProcess.forEach((process, lane) -> Svg.text(out, "lane-label", GUTTER_PX - 12, laneY(lane) + 30,
                "p" + process));
        return out.append("</svg>").toString();
    }

    private String timeline() {
        double width = axis.rightEdgeX() + 12;
        StringBuilder out = open("timeline", width);
        out.append("<defs><linearGradient id=\"fade\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">")
                .append("<stop offset=\"0\" class=\"fade-from\"/><stop offset=\"1\" class=\"fade-to\"/>")
                .append("</linearGradient></defs>\n");
        drawLaneStripes(out, width);
        bands.drawShading(out, lanesTop(), height() - 6);
        drawTicks(out);
        drawGaps(out);
        timeline.calls().forEach(c -> CallBar.draw(out, c, laneY(laneByProcess.get(c.process())), axis, timeline,
                options));
        bands.drawLabels(out, AXIS_PX);
        return out.append("</svg>").toString();
    }

    private StringBuilder open(String cls, double width) {
        String w = Svg.num(width);
        String h = Svg.num(height());
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cls)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\">\n");
    }

    private double height() {
        return lanesTop() + laneByProcess.size() * LANE_PX + 6;
    }

    private double lanesTop() {
        return AXIS_PX + bands.rows() * BAND_ROW_PX + 6;
    }

    private double laneY(int lane) {
        return lanesTop() + lane * LANE_PX;
    }

    private void drawLaneStripes(StringBuilder out, double width) {
        for (int lane = 0; lane < laneByProcess.size(); lane++) {
            Svg.rect(out, lane % 2 == 0 ? "lane" : "lane odd", 0, laneY(lane), width, LANE_PX);
        }
    }

    /** A grid line and the history line number every few slots, as many as fit without overlapping. */
    private void drawTicks(StringBuilder out) {
        int every = axis.tickEvery(TICK_LABEL_PX);
        for (int slot = 0; slot < axis.slots(); slot += every) {
            double x = axis.centreX(slot);
            Svg.line(out, "grid", x, AXIS_PX - 14, x, height() - 6);
            Svg.text(out, "tick", x, 15, Long.toString(axis.position(slot)));
        }
    }

    /** Between two slots where calls were left out: a dashed line and a {@code ⋯} that says how many. */
    private void drawGaps(StringBuilder out) {
        long[] leftOut = timeline.leftOutInvokes();
        for (int slot = 1; slot < axis.slots(); slot++) {
            long from = axis.position(slot - 1);
            long to = axis.position(slot);
            int count = countBetween(leftOut, from, to);
            if (count > 0) {
                double x = axis.startX(to);
                Svg.line(out, "gap", x, AXIS_PX - 6, x, height() - 6);
                out.append("<g class=\"gap-mark\">");
                Svg.title(out, Text.plural(count, "call") + " invoked between lines " + from + " and " + to
                        + " left out");
                Svg.text(out, "gap-label", x, AXIS_PX - 8, "⋯");
                out.append("</g>\n");
            }
        }
    }

    /** How many of the sorted {@code values} lie strictly between {@code from} and {@code to}. */
    static int countBetween(long[] values, long from, long to) {
        return Math.max(0, firstAtLeast(values, to) - firstAtLeast(values, from + 1));
    }

    private static int firstAtLeast(long[] values, long bound) {
        int found = Arrays.binarySearch(values, bound);
        return found >= 0 ? found : -found - 1;
    }

    /** Where calls begin and end, and where faults begin and end: each gets a slot on the axis. */
    private static LongStream positions(Timeline timeline) {
        LongStream calls = timeline.calls().stream().flatMapToLong(c -> LongStream.of(c.invokeIndex(),
                c.completeIndex()));
        LongStream bands = timeline.bands().stream().flatMapToLong(b -> LongStream.of(b.fromLine(),
                b.isOpenEnded() ? -1 : b.toLine()));
        return LongStream.concat(calls, bands);
    }
}
